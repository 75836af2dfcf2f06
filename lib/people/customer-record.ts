import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { contacts, customers } from '../db/schema';
import { AppError, isUniqueViolation, notFound } from '../errors';
import type { CustomerInput, CustomerKind } from './schemas';
import { buildCustomerSearchText } from './search-text';

export type CustomerRow = typeof customers.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

/** The columns a create or update writes, search_text computed here so it never drifts. */
export function customerColumns(input: CustomerInput) {
  return {
    kind: input.kind,
    name: input.name,
    taxId: input.taxId,
    emails: input.emails,
    phone: input.phone,
    addressPostalCode: input.addressPostalCode,
    addressStreet: input.addressStreet,
    addressNumber: input.addressNumber,
    addressComplement: input.addressComplement,
    addressDistrict: input.addressDistrict,
    addressCity: input.addressCity,
    addressState: input.addressState,
    searchText: buildCustomerSearchText(input),
  };
}

/** Loads and row-locks a customer of the actor's account; any other account's id is "not found". */
export async function lockCustomer(tx: Tx, actor: Pick<Actor, 'accountId'>, customerId: string) {
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.accountId, actor.accountId)))
    .for('update');
  if (!row) throw notFound('Cliente');
  return row;
}

/** Loads and row-locks a contact of one customer of the actor's account. */
export async function lockContact(tx: Tx, actor: Pick<Actor, 'accountId'>, customerId: string, contactId: string) {
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.customerId, customerId), eq(contacts.accountId, actor.accountId)))
    .for('update');
  if (!row) throw notFound('Contato');
  return row;
}

/** The unique (account_id, tax_id) index refused the write: say so on the CPF/CNPJ field. */
export function duplicateTaxIdError(err: unknown, kind: CustomerKind): AppError | null {
  if (!isUniqueViolation(err, 'customers_account_tax_id_key')) return null;
  const message = `Já existe um cliente com este ${kind === 'person' ? 'CPF' : 'CNPJ'} nesta conta.`;
  return new AppError('CONFLICT', { userMessage: message, fields: { taxId: [message] } });
}
