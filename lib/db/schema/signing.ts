import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id } from './columns';
import { authMethodEnum, envelopeRecipients, envelopes } from './envelopes';

/**
 * Access proofs of the signer portal (lib/signing). Two kinds of row, told apart by `channel`:
 * - e-mail / SMS / WhatsApp: a one-time 6-digit code we sent; only the newest row of a recipient
 *   counts; 10-minute life, 5 wrong tries, consumed on success.
 * - access_code: the attempt counter of the sender's 4-digit code. `codeHash` copies the
 *   recipient's accessCodeHash, so when the sender sets a new code the old (possibly locked) row
 *   no longer applies and counting starts over.
 * Codes are stored as HMAC(key("signer-codes"), recipientId:code), never in clear.
 */
export const signerCodes = pgTable(
  'signer_codes',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    recipientId: uuid()
      .notNull()
      .references(() => envelopeRecipients.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    channel: authMethodEnum().notNull(),
    /** "jo***@cliente.com.br": what the signer is told and what the evidence keeps. */
    destinationMasked: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('signer_codes_recipient_idx').on(t.recipientId, t.sentAt.desc())],
);

/**
 * Files a signer uploaded for the envelope's attachment requests ("anexos"): one current file per
 * recipient and request (uploading again replaces it until the signer signs; every upload stays on
 * the evidence trail). The bytes live in blob storage under their SHA-256.
 */
export const signerAttachments = pgTable(
  'signer_attachments',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    envelopeId: uuid()
      .notNull()
      .references(() => envelopes.id, { onDelete: 'cascade' }),
    recipientId: uuid()
      .notNull()
      .references(() => envelopeRecipients.id, { onDelete: 'cascade' }),
    /** AttachmentRequest.id on the recipient. */
    requestId: text().notNull(),
    /** The request's name when uploaded ("Comprovante de residência"). */
    name: text().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sha256: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('signer_attachments_recipient_request_key').on(t.recipientId, t.requestId), index('signer_attachments_envelope_idx').on(t.envelopeId)],
);

/**
 * Access proofs of the signer space (`/s` without a link): a signer types their CPF and proves a
 * one-time code sent to the contact on file. One row per code asked for, whether or not that CPF
 * has documents here — a CPF without documents gets a row with no code (codeHash null), so limits
 * and answers are the same and nobody learns which CPFs exist. `cpfKey` is an HMAC of the CPF, never
 * the CPF itself; `requesterIp` feeds the per-device limit.
 */
export const signerSpaceCodes = pgTable(
  'signer_space_codes',
  {
    id: id(),
    cpfKey: text().notNull(),
    codeHash: text(),
    /** The recipient whose contact received the code (null when the CPF has no documents). */
    recipientId: uuid().references(() => envelopeRecipients.id, { onDelete: 'set null' }),
    channel: authMethodEnum(),
    destinationMasked: text(),
    requesterIp: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('signer_space_codes_cpf_idx').on(t.cpfKey, t.sentAt.desc()), index('signer_space_codes_ip_idx').on(t.requesterIp, t.sentAt.desc())],
);
