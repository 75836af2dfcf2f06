import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './accounts';
import { id, timestamps } from './columns';
import { envelopeEvents, envelopes } from './envelopes';

/**
 * API key ("AppKey"). Only the SHA-256 of the whole key is stored (a key has 256 random bits, so a
 * fast hash is enough); the prefix is what the console shows to tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull(),
    scopes: text().array().notNull(),
    /** Requests per minute; the console default suits integrations, the benchmark raises it. */
    rateLimitPerMinute: integer().notNull().default(600),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash), index('api_keys_account_idx').on(t.accountId)],
);

/** Pasta: where an account files its envelopes (ArqSign's idPasta). */
export const folders = pgTable(
  'folders',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('folders_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

/** Papel do signatário (Contratante, Testemunha, Fiador…): must exist in the account to be used. */
export const signerRoles = pgTable(
  'signer_roles',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('signer_roles_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

/**
 * What an envelope born through the API carries beyond the envelope itself: its folder, the key
 * that created it, and the caller's own options (ArqSign's per-recipient extras such as roles,
 * signature type, attachments, manual positions), kept as sent so nothing the caller said is lost.
 */
export const envelopeApiDetails = pgTable(
  'envelope_api_details',
  {
    envelopeId: uuid()
      .primaryKey()
      .references(() => envelopes.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    folderId: uuid().references(() => folders.id, { onDelete: 'set null' }),
    apiKeyId: uuid().references(() => apiKeys.id, { onDelete: 'set null' }),
    /** 'arqsign' (v2 compatible endpoint) or 'native' (/api/v1). */
    dialect: text().notNull(),
    options: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('envelope_api_details_folder_idx').on(t.folderId)],
);

/** A POST replayed with the same Idempotency-Key gets the first answer instead of a second envelope. */
export const apiIdempotency = pgTable(
  'api_idempotency',
  {
    apiKeyId: uuid()
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] })],
);

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    description: text(),
    events: text().array().notNull(),
    /** The signing secret, encrypted with the secret box. */
    secretEnc: text().notNull(),
    active: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('webhook_endpoints_account_idx').on(t.accountId)],
);

export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', ['pending', 'succeeded', 'failed']);

/** One event sent (or being sent) to one endpoint, with what the receiver answered last. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: uuid().references(() => envelopeEvents.id),
    envelopeId: uuid().references(() => envelopes.id, { onDelete: 'cascade' }),
    event: text().notNull(),
    /** The exact JSON body sent (its bytes are what the signatures cover). */
    body: text().notNull(),
    status: webhookDeliveryStatusEnum().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastStatusCode: integer(),
    lastResponse: text(),
    lastError: text(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    /** Set on a manual resend: the delivery it repeats. */
    resendOf: uuid(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event_key')
      .on(t.endpointId, t.eventId)
      .where(sql`resend_of is null`),
    index('webhook_deliveries_account_created_idx').on(t.accountId, t.createdAt.desc()),
  ],
);
