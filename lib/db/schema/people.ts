import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id, timestamps } from './columns';

export const customerKindEnum = pgEnum('customer_kind', ['person', 'company']);

/** Postal address, the same columns wherever an address is kept. */
export const addressColumns = {
  addressStreet: text(),
  addressNumber: text(),
  addressComplement: text(),
  addressDistrict: text(),
  addressCity: text(),
  /** UF, two letters. */
  addressState: text(),
  /** CEP, 8 digits. */
  addressPostalCode: text(),
};

/**
 * Cliente: the party who signs. taxId holds CPF (11 digits) or CNPJ (14 characters, numeric or
 * the alphanumeric form) without punctuation. searchText is lower-case, accent-free name + tax id +
 * e-mails, indexed with trigrams so "contains" searches stay fast at 100,000 customers.
 */
export const customers = pgTable(
  'customers',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: customerKindEnum().notNull(),
    name: text().notNull(),
    taxId: text().notNull(),
    /** First one receives the signing link. */
    emails: text().array().notNull().default(sql`'{}'::text[]`),
    /** E.164, e.g. +5511987654321. */
    phone: text(),
    ...addressColumns,
    searchText: text().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('customers_account_tax_id_key').on(t.accountId, t.taxId),
    index('customers_account_name_idx').on(t.accountId, t.name, t.id),
    index('customers_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Contato: a person linked to a customer, e.g. the customer's witness. */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    taxId: text().notNull(),
    email: text(),
    phone: text(),
    ...timestamps,
  },
  (t) => [index('contacts_customer_idx').on(t.accountId, t.customerId)],
);

/** Colaborador: staff of the account who sign for the company (representative or witness). */
export const employees = pgTable(
  'employees',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    cpf: text().notNull(),
    email: text().notNull(),
    phone: text().notNull(),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('employees_account_cpf_key').on(t.accountId, t.cpf), index('employees_account_name_idx').on(t.accountId, t.name)],
);
