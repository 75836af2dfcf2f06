import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contacts } from '../db/schema';
import { lockCustomer } from './customer-record';
import type { ContactInput } from './schemas';

/** Adds a contact (e.g. the customer's witness) to a customer of the actor's account. */
export async function createContact(actor: Actor, input: ContactInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Locking the customer keeps a concurrent delete from leaving the contact without its log context.
    const customer = await lockCustomer(tx, actor, input.customerId);
    const [row] = await tx
      .insert(contacts)
      .values({
        accountId: actor.accountId,
        customerId: customer.id,
        name: input.name,
        taxId: input.taxId,
        email: input.email,
        phone: input.phone,
      })
      .returning({ id: contacts.id });
    await recordActivity(tx, actor, {
      action: 'contact.created',
      entityType: 'contact',
      entityId: row.id,
      summary: `Cadastrou o contato ${input.name} do cliente ${customer.name}`,
      details: { customerId: customer.id },
    });
    return { contactId: row.id };
  });
}
