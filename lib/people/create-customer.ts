import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { customers } from '../db/schema';
import { customerColumns, duplicateTaxIdError } from './customer-record';
import type { CustomerInput } from './schemas';
import { formatTaxId } from './tax-id';

/** Registers a customer in the actor's account; a CPF/CNPJ already there is refused on its field. */
export async function createCustomer(actor: Actor, input: CustomerInput) {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(customers)
        .values({ accountId: actor.accountId, ...customerColumns(input) })
        .returning({ id: customers.id });
      await recordActivity(tx, actor, {
        action: 'customer.created',
        entityType: 'customer',
        entityId: row.id,
        summary: `Cadastrou o cliente ${input.name} (${formatTaxId(input.taxId)})`,
      });
      return { customerId: row.id };
    });
  } catch (err) {
    throw duplicateTaxIdError(err, input.kind) ?? err;
  }
}
