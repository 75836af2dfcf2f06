import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contacts, customers } from '../db/schema';
import { z } from '../validation';

const uuid = z.uuid();

/** One customer of the actor's account with its contacts, or null (unknown, malformed or another account's id). */
export async function getCustomer(actor: Pick<Actor, 'accountId'>, customerId: string) {
  if (!uuid.safeParse(customerId).success) return null;
  const db = await getDb();
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.accountId, actor.accountId)));
  if (!customer) return null;
  const contactRows = await db
    .select({
      id: contacts.id,
      name: contacts.name,
      taxId: contacts.taxId,
      email: contacts.email,
      phone: contacts.phone,
    })
    .from(contacts)
    .where(and(eq(contacts.accountId, actor.accountId), eq(contacts.customerId, customer.id)))
    .orderBy(asc(contacts.name), asc(contacts.id));
  return { ...customer, contacts: contactRows };
}

export type CustomerDetail = NonNullable<Awaited<ReturnType<typeof getCustomer>>>;
