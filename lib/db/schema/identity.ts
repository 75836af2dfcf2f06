import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './accounts';
import { id, timestamps } from './columns';
import { envelopeRecipients, envelopes } from './envelopes';

/**
 * consent_pending → in_progress → passed, or after 3 failed checks → manual_review → approved /
 * rejected. Signing is allowed only in passed and approved.
 */
export const identityStatusEnum = pgEnum('identity_status', ['consent_pending', 'in_progress', 'passed', 'manual_review', 'approved', 'rejected']);

/** One automated check: its verdict, its measure and the bar it had to clear (also in the evidence). */
export type IdentityCheckResult = {
  check: 'selfie_face' | 'document_face' | 'face_match' | 'cpf' | 'name';
  passed: boolean;
  /** faces found; euclidean distance; 1/0 for exact CPF; name similarity. */
  score: number | null;
  threshold: number | string;
  detail?: string;
};

/**
 * Prova de identidade of one recipient (selfie, ID document, face match, name/CPF). The images are
 * biometric data (LGPD art. 11): encrypted (AES-256-GCM) in their own blob store, apart from the
 * documents; this row keeps the SHA-256 of each plain image (what the evidence cites) and the key of
 * its ciphertext. The retention job clears the ciphertext keys and sets imagesDeletedAt; the hashes stay.
 */
export const identityProofs = pgTable(
  'identity_proofs',
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
    requireSelfie: boolean().notNull(),
    requireIdDocument: boolean().notNull(),
    status: identityStatusEnum().notNull().default('consent_pending'),
    consentVersion: text(),
    consentTextSha256: text(),
    consentAt: timestamp({ withTimezone: true }),
    /** Failed automated checks so far; the third sends the proof to manual review. */
    failedAttempts: integer().notNull().default(0),
    selfieSha256: text(),
    selfieBlob: text(),
    /** The selfie's face descriptor, sealed (it is biometric too); compared with the ID photo. */
    selfieDescriptorEnc: text(),
    selfiePassedAt: timestamp({ withTimezone: true }),
    documentSha256: text(),
    documentBlob: text(),
    documentBackSha256: text(),
    documentBackBlob: text(),
    /** What OCR read on the document, sealed: reviewers see it next to the photos. */
    ocrTextEnc: text(),
    lastChecks: jsonb().$type<IdentityCheckResult[]>().notNull().default([]),
    passedAt: timestamp({ withTimezone: true }),
    reviewRequestedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewReason: text(),
    imagesDeletedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('identity_proofs_recipient_key').on(t.recipientId),
    index('identity_proofs_review_idx').on(t.accountId, t.status, t.reviewRequestedAt),
    index('identity_proofs_envelope_idx').on(t.envelopeId),
  ],
);
