import 'server-only';
import { eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { customers } from '../db/schema';
import { customerColumns, duplicateTaxIdError, lockCustomer, type CustomerRow } from './customer-record';
import type { UpdateCustomerInput } from './schemas';
import { formatTaxId } from './tax-id';

/** pt-BR names of the fields a change can touch, in form order, for the activity log. */
const fieldLabels: [keyof ReturnType<typeof customerColumns>, string][] = [
  ['kind', 'tipo'],
  ['name', 'nome'],
  ['taxId', 'CPF/CNPJ'],
  ['emails', 'e-mails'],
  ['phone', 'celular'],
  ['addressPostalCode', 'CEP'],
  ['addressStreet', 'logradouro'],
  ['addressNumber', 'número'],
  ['addressComplement', 'complemento'],
  ['addressDistrict', 'bairro'],
  ['addressCity', 'cidade'],
  ['addressState', 'UF'],
];

function changedFields(before: CustomerRow, after: ReturnType<typeof customerColumns>) {
  return fieldLabels
    .filter(([key]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map(([key, label]) => ({ key, label }));
}

/** Saves the customer's data; returns the saved row (the form shows it back). */
export async function updateCustomer(actor: Actor, input: UpdateCustomerInput): Promise<CustomerRow> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const before = await lockCustomer(tx, actor, input.customerId);
      const values = customerColumns(input);
      const changed = changedFields(before, values);
      if (changed.length === 0) return before;
      const [after] = await tx.update(customers).set(values).where(eq(customers.id, before.id)).returning();
      await recordActivity(tx, actor, {
        action: 'customer.updated',
        entityType: 'customer',
        entityId: before.id,
        summary: `Alterou o cliente ${after.name} (${formatTaxId(after.taxId)}): ${changed.map((c) => c.label).join(', ')}`,
        details: { fields: changed.map((c) => c.key) },
      });
      return after;
    });
  } catch (err) {
    throw duplicateTaxIdError(err, input.kind) ?? err;
  }
}
