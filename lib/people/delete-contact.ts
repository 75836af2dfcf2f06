import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contacts } from '../db/schema';
import { lockContact, lockCustomer } from './customer-record';
import type { DeleteContactInput } from './schemas';

/** Removes a contact from a customer of the actor's account. */
export async function deleteContact(actor: Actor, input: DeleteContactInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, actor, input.customerId);
    const contact = await lockContact(tx, actor, customer.id, input.contactId);
    await tx.delete(contacts).where(and(eq(contacts.id, contact.id), eq(contacts.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contact.deleted',
      entityType: 'contact',
      entityId: contact.id,
      summary: `Excluiu o contato ${contact.name} do cliente ${customer.name}`,
      details: { customerId: customer.id },
    });
  });
}
