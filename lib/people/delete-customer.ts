import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb, type Tx } from '../db/client';
import { refuseIfContractsUse } from '../contracts/refuse-if-contracts-use';
import { contacts, customers } from '../db/schema';
import { lockCustomer, type CustomerRow } from './customer-record';
import type { DeleteCustomerInput } from './schemas';
import { formatTaxId } from './tax-id';

/** A customer with contracts stays: the refusal names the contracts. Runs after the row is locked. */
async function assertCustomerDeletable(tx: Tx, customer: CustomerRow): Promise<void> {
  await refuseIfContractsUse(tx, customer.accountId, { customerId: customer.id, what: `o cliente ${customer.name}` });
}

/** Deletes a customer of the actor's account; its contacts go with it (FK cascade). */
export async function deleteCustomer(actor: Actor, input: DeleteCustomerInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, actor, input.customerId);
    await assertCustomerDeletable(tx, customer);
    const [{ contactCount }] = await tx
      .select({ contactCount: count() })
      .from(contacts)
      .where(and(eq(contacts.accountId, actor.accountId), eq(contacts.customerId, customer.id)));
    await tx.delete(customers).where(and(eq(customers.id, customer.id), eq(customers.accountId, actor.accountId)));
    const withContacts =
      contactCount === 0 ? '' : contactCount === 1 ? ' e o seu contato' : ` e os seus ${contactCount} contatos`;
    await recordActivity(tx, actor, {
      action: 'customer.deleted',
      entityType: 'customer',
      entityId: customer.id,
      summary: `Excluiu o cliente ${customer.name} (${formatTaxId(customer.taxId)})${withContacts}`,
      details: { contactCount },
    });
  });
}
