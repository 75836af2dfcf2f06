import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id } from './columns';
import { authMethodEnum, envelopeRecipients } from './envelopes';

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
