import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { contracts } from '../db/schema';
import { AppError } from '../errors';

const LIST_AT_MOST = 5;

/**
 * Refuses deleting a customer or branch that contracts still use, naming the contracts (the
 * database would refuse too, but with a message nobody can act on).
 */
export async function refuseIfContractsUse(
  tx: Executor,
  accountId: string,
  target: { customerId: string; what: string } | { branchId: string; what: string },
) {
  const column = 'customerId' in target ? contracts.customerId : contracts.branchId;
  const id = 'customerId' in target ? target.customerId : target.branchId;
  const rows = await tx
    .select({ number: contracts.number })
    .from(contracts)
    .where(and(eq(contracts.accountId, accountId), eq(column, id)))
    .orderBy(asc(contracts.createdAt))
    .limit(LIST_AT_MOST + 1);
  if (rows.length === 0) return;
  const shown = rows.slice(0, LIST_AT_MOST).map((r) => `nº ${r.number}`);
  const more = rows.length > LIST_AT_MOST ? ' e outros' : '';
  throw new AppError('INVALID_STATE', {
    userMessage: `Não é possível excluir ${target.what}: ${rows.length === 1 ? 'o contrato' : 'os contratos'} ${shown.join(', ')}${more} ${rows.length === 1 ? 'o utiliza' : 'o utilizam'}. Cancele ou transfira ${rows.length === 1 ? 'esse contrato' : 'esses contratos'} antes.`,
  });
}
