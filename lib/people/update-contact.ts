import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contacts } from '../db/schema';
import { lockContact, lockCustomer } from './customer-record';
import type { UpdateContactInput } from './schemas';

/** Saves a contact of a customer of the actor's account. */
export async function updateContact(actor: Actor, input: UpdateContactInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, actor, input.customerId);
    const before = await lockContact(tx, actor, customer.id, input.contactId);
    const values = { name: input.name, taxId: input.taxId, email: input.email, phone: input.phone };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => (before[k] ?? null) !== values[k]);
    if (changed.length === 0) return;
    await tx
      .update(contacts)
      .set(values)
      .where(and(eq(contacts.id, before.id), eq(contacts.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contact.updated',
      entityType: 'contact',
      entityId: before.id,
      summary: `Alterou o contato ${input.name} do cliente ${customer.name}`,
      details: { customerId: customer.id, fields: changed },
    });
  });
}
