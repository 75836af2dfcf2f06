import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { accounts, users } from './accounts';
import { id, timestamps } from './columns';
import { contacts, customers } from './people';
import { branches, triStateEnum } from './registry';

export const templateKindEnum = pgEnum('template_kind', ['contract', 'term']);
/** markdown: text with {{variables}}; pdf: an uploaded, fixed document. */
export const templateFormatEnum = pgEnum('template_format', ['markdown', 'pdf']);
export const contractStatusEnum = pgEnum('contract_status', ['awaiting_signature', 'active', 'suspended', 'cancelled', 'ended']);
/** A contract's own activation choice; `default` falls back to the general parameter. */
export const activationChoiceEnum = pgEnum('activation_choice', ['default', 'on_signature', 'manual']);
export const serviceOrderStatusEnum = pgEnum('service_order_status', ['open', 'closed']);

/** Per-account sequences (contract numbers, O.S. numbers), incremented with UPDATE … RETURNING. */
export const accountCounters = pgTable(
  'account_counters',
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    value: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.name] })],
);

/** Tipo de documento (TOTVS): may require an e-signature; stages list the types they require. */
export const documentTypes = pgTable(
  'document_types',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    requiresSignature: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('document_types_account_name_key').on(t.accountId, t.name)],
);

/** Modelo de contrato or Termo. */
export const contractTemplates = pgTable(
  'contract_templates',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: templateKindEnum().notNull(),
    name: text().notNull(),
    format: templateFormatEnum().notNull().default('markdown'),
    /** Markdown with {{variables}} (format markdown). */
    source: text(),
    /** The uploaded PDF in blob storage (format pdf). */
    pdfSha256: text(),
    pdfPageCount: integer(),
    documentTypeId: uuid().references(() => documentTypes.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('contract_templates_account_kind_name_key').on(t.accountId, t.kind, t.name),
    check(
      'contract_templates_format_content',
      sql`(${t.format} = 'markdown' and ${t.source} is not null) or (${t.format} = 'pdf' and ${t.pdfSha256} is not null)`,
    ),
  ],
);

/** The terms a contract template carries, in order. */
export const templateTerms = pgTable(
  'template_terms',
  {
    templateId: uuid()
      .notNull()
      .references(() => contractTemplates.id, { onDelete: 'cascade' }),
    termId: uuid()
      .notNull()
      .references(() => contractTemplates.id, { onDelete: 'restrict' }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.termId] })],
);

/** Situação do contrato (TOTVS): entering it requires the listed document types to be signed. */
export const contractStages = pgTable(
  'contract_stages',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull().default(0),
    /** Where a contract in this stage moves by itself when its envelope completes. */
    nextStageId: uuid().references((): AnyPgColumn => contractStages.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('contract_stages_account_name_key').on(t.accountId, t.name)],
);

export const stageRequiredDocumentTypes = pgTable(
  'stage_required_document_types',
  {
    stageId: uuid()
      .notNull()
      .references(() => contractStages.id, { onDelete: 'cascade' }),
    documentTypeId: uuid()
      .notNull()
      .references(() => documentTypes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.documentTypeId] })],
);

/** Assunto de O.S.: "Integração assinatura digital" = an O.S. with it creates a signing envelope. */
export const serviceOrderSubjects = pgTable(
  'service_order_subjects',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    requiresSignature: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('service_order_subjects_account_name_key').on(t.accountId, t.name)],
);

export const contracts = pgTable(
  'contracts',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    number: text().notNull(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    branchId: uuid()
      .notNull()
      .references(() => branches.id, { onDelete: 'restrict' }),
    templateId: uuid()
      .notNull()
      .references(() => contractTemplates.id, { onDelete: 'restrict' }),
    planName: text(),
    priceCents: integer(),
    startDate: date({ mode: 'string' }),
    dueDay: integer(),
    status: contractStatusEnum().notNull().default('awaiting_signature'),
    useSignatureIntegration: triStateEnum().notNull().default('default'),
    activation: activationChoiceEnum().notNull().default('default'),
    requireIdDocument: triStateEnum().notNull().default('default'),
    requireSelfie: triStateEnum().notNull().default('default'),
    /** Testemunha do cliente: one of the customer's contacts. */
    witnessContactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    stageId: uuid().references(() => contractStages.id, { onDelete: 'set null' }),
    activatedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    notes: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('contracts_account_number_key').on(t.accountId, t.number),
    index('contracts_account_created_idx').on(t.accountId, t.createdAt.desc()),
    index('contracts_customer_idx').on(t.customerId),
    check('contracts_due_day_range', sql`${t.dueDay} is null or ${t.dueDay} between 1 and 31`),
    check('contracts_price_not_negative', sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
  ],
);

/** A term attached to a contract; "Assinado = não" terms are sent for signature on their own. */
export const contractTerms = pgTable(
  'contract_terms',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    termTemplateId: uuid()
      .notNull()
      .references(() => contractTemplates.id, { onDelete: 'restrict' }),
    signed: boolean().notNull().default(false),
    signedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('contract_terms_contract_idx').on(t.accountId, t.contractId)],
);

export const serviceOrders = pgTable(
  'service_orders',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    number: text().notNull(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    subjectId: uuid()
      .notNull()
      .references(() => serviceOrderSubjects.id, { onDelete: 'restrict' }),
    description: text(),
    status: serviceOrderStatusEnum().notNull().default('open'),
    closedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('service_orders_account_number_key').on(t.accountId, t.number), index('service_orders_contract_idx').on(t.contractId)],
);
