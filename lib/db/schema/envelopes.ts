import {
  bigint,
  boolean,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, users } from './accounts';
import { id, timestamps } from './columns';
import { contractTerms, contracts, documentTypes, serviceOrders } from './contracts';
import { contacts, customers, employees } from './people';
import { branches, environmentEnum, integrations, providerEnum } from './registry';

export const envelopeStatusEnum = pgEnum('envelope_status', [
  'draft',
  'sent',
  'partially_signed',
  /** Everyone signed; the sealed PDFs are being produced (lib/evidence/seal-envelope.ts). */
  'sealing',
  'completed',
  'declined',
  'expired',
  'cancelled',
]);
/** How the envelope was born: on contract save, by hand, from an O.S., a standalone term, the API. */
export const envelopeOriginEnum = pgEnum('envelope_origin', ['contract_saved', 'manual', 'service_order', 'standalone_term', 'api']);
export const envelopeDocumentKindEnum = pgEnum('envelope_document_kind', ['contract', 'term', 'upload']);
export const recipientRoleEnum = pgEnum('recipient_role', ['customer', 'customer_witness', 'company_signer', 'company_witness', 'other']);
/** sign / approve / handwritten sign; copy = "receber cópia" (does not sign). */
export const recipientActionEnum = pgEnum('recipient_action', ['sign', 'approve', 'handwritten', 'copy']);
export const deliveryChannelEnum = pgEnum('delivery_channel', ['email', 'whatsapp', 'sms', 'none']);
export const authMethodEnum = pgEnum('auth_method', ['email', 'sms', 'whatsapp', 'access_code', 'none']);
export const recipientStatusEnum = pgEnum('recipient_status', ['pending', 'sent', 'viewed', 'signed', 'declined']);

/**
 * A file the signer is asked to upload while signing (reference 004 "anexos"): its name, whether
 * signing waits for it, and whether the other recipients may see it ("anexoExibirTodosDestinatarios").
 */
export type AttachmentRequest = { id: string; name: string; required: boolean; visibleToAll: boolean };

/**
 * A document number the signer must type at the sign step (reference 004
 * "obrigarSignatarioInformarNumeroDocumento" / "tipoDocumentoAInformar"): CPF and CNH with their
 * check digits, RG, or another document with its own name, format and exact length.
 */
export type DocumentNumberRequest =
  | { type: 'cpf' | 'cnh' | 'rg' }
  | { type: 'other'; label: string; format: 'text' | 'numeric'; length: number };

/**
 * Manual signature placement (reference 004 "definirPosicaoAssinaturaManual"): on which page of which
 * document the signer's visual signature is stamped when sealing, as a box in millimetres from the
 * page's top-left corner. `as`: the box for signing as a person (pf) or for a company (pj).
 */
export type SignaturePlacementSpec = { documentId: string; page: number; xMm: number; yMm: number; widthMm: number; heightMm: number; as: 'pf' | 'pj' };

/** What the signer typed for a DocumentNumberRequest, normalised. */
export type ProvidedDocumentNumber = { type: DocumentNumberRequest['type']; label: string; number: string };

/**
 * Processo / documento de assinatura: 1..25 PDFs, recipients, settings. Provider fields are copied
 * at creation so a later change of the branch's integration does not rewrite history; an external
 * provider's adapter fills externalId when it takes the envelope over.
 */
export const envelopes = pgTable(
  'envelopes',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    status: envelopeStatusEnum().notNull().default('draft'),
    origin: envelopeOriginEnum().notNull(),
    contractId: uuid().references(() => contracts.id, { onDelete: 'set null' }),
    serviceOrderId: uuid().references(() => serviceOrders.id, { onDelete: 'set null' }),
    branchId: uuid().references(() => branches.id, { onDelete: 'set null' }),
    integrationId: uuid().references(() => integrations.id, { onDelete: 'set null' }),
    provider: providerEnum().notNull(),
    environment: environmentEnum().notNull(),
    /** Counts against the monthly package (never in sandbox). */
    billable: boolean().notNull(),
    signingOrdered: boolean().notNull().default(true),
    readRequired: boolean().notNull().default(false),
    message: text(),
    /** The sender's title for the invitation (ArqSign mensagemPadrao.titulo): the e-mail's subject. */
    messageTitle: text(),
    /** Signing waits for the browser's location (copied from the integration at creation). */
    requireGeolocation: boolean().notNull().default(false),
    /** "Lembrete a cada N dias" for this envelope; null = its integration's setting. */
    reminderEveryDays: integer(),
    /** "Aviso N dias antes do vencimento" for this envelope; null = its integration's setting. */
    warnDaysBeforeExpiry: integer(),
    /** The sealed PDFs carry a QR code to /verificar (ArqSign "gerarQrCode"); the code and URL are printed either way. */
    sealQrCode: boolean().notNull().default(true),
    externalId: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    /** Every document sealed (status went sealing → completed). */
    sealedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('envelopes_account_created_idx').on(t.accountId, t.createdAt.desc()),
    index('envelopes_account_status_idx').on(t.accountId, t.status),
    index('envelopes_contract_idx').on(t.contractId),
    index('envelopes_service_order_idx').on(t.serviceOrderId),
  ],
);

export const envelopeDocuments = pgTable(
  'envelope_documents',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    envelopeId: uuid()
      .notNull()
      .references(() => envelopes.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: envelopeDocumentKindEnum().notNull(),
    documentTypeId: uuid().references(() => documentTypes.id, { onDelete: 'set null' }),
    contractTermId: uuid().references(() => contractTerms.id, { onDelete: 'set null' }),
    /** The original PDF in blob storage; never modified. */
    sha256: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    pageCount: integer().notNull(),
    position: integer().notNull(),
    /**
     * The sealed PDF (original + evidence pages + PAdES signature), once signing completes. Set
     * only after its blob is stored, and never changed afterwards.
     */
    sealedSha256: text(),
    sealedSizeBytes: bigint({ mode: 'number' }),
    sealedAt: timestamp({ withTimezone: true }),
    /** Public code printed (and in the QR) on the sealed PDF: /verificar/<code>. */
    verificationCode: text(),
    ...timestamps,
  },
  (t) => [
    index('envelope_documents_envelope_idx').on(t.envelopeId, t.position),
    uniqueIndex('envelope_documents_verification_code_key').on(t.verificationCode),
    index('envelope_documents_sealed_sha256_idx').on(t.sealedSha256),
    index('envelope_documents_sha256_idx').on(t.sha256),
  ],
);

/**
 * Destinatário. The signer's link token is derived from the server secret and linkVersion
 * (lib/signing/signer-link.ts); only its SHA-256 is stored, for lookup.
 */
export const envelopeRecipients = pgTable(
  'envelope_recipients',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    envelopeId: uuid()
      .notNull()
      .references(() => envelopes.id, { onDelete: 'cascade' }),
    role: recipientRoleEnum().notNull(),
    name: text().notNull(),
    email: text(),
    phone: text(),
    cpf: text(),
    signingOrder: integer().notNull().default(1),
    action: recipientActionEnum().notNull().default('sign'),
    deliveryChannel: deliveryChannelEnum().notNull(),
    authMethod: authMethodEnum().notNull(),
    requireSelfie: boolean().notNull().default(false),
    requireIdDocument: boolean().notNull().default(false),
    attachmentRequests: jsonb().$type<AttachmentRequest[]>().notNull().default([]),
    documentNumberRequest: jsonb().$type<DocumentNumberRequest>(),
    /** Where the sealed PDFs show this signer's visual signature; empty = only on the evidence pages. */
    signaturePlacements: jsonb().$type<SignaturePlacementSpec[]>().notNull().default([]),
    /** Filled when the signer signs: the document number they typed (documentNumberRequest). */
    providedDocumentNumber: jsonb().$type<ProvidedDocumentNumber>(),
    accessCodeHash: text(),
    customerId: uuid().references(() => customers.id, { onDelete: 'set null' }),
    contactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    employeeId: uuid().references(() => employees.id, { onDelete: 'set null' }),
    status: recipientStatusEnum().notNull().default('pending'),
    linkVersion: integer().notNull().default(1),
    tokenHash: text().notNull(),
    sentAt: timestamp({ withTimezone: true }),
    viewedAt: timestamp({ withTimezone: true }),
    signedAt: timestamp({ withTimezone: true }),
    declinedAt: timestamp({ withTimezone: true }),
    declineReason: text(),
    position: integer().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('envelope_recipients_token_hash_key').on(t.tokenHash),
    index('envelope_recipients_envelope_idx').on(t.envelopeId, t.position),
    index('envelope_recipients_cpf_idx').on(t.cpf),
  ],
);

export const auditActorTypeEnum = pgEnum('audit_actor_type', ['staff', 'signer', 'system', 'api']);

/**
 * The evidence trail of an envelope: append-only (a trigger refuses UPDATE and DELETE) and
 * hash-chained per envelope: hash = sha256(prev_hash || canonical_json(event)).
 */
export const envelopeEvents = pgTable(
  'envelope_events',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    envelopeId: uuid()
      .notNull()
      .references(() => envelopes.id),
    seq: integer().notNull(),
    type: text().notNull(),
    recipientId: uuid(),
    actorType: auditActorTypeEnum().notNull(),
    actorId: text(),
    ip: inet(),
    userAgent: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    prevHash: text(),
    hash: text().notNull(),
  },
  (t) => [uniqueIndex('envelope_events_envelope_seq_key').on(t.envelopeId, t.seq), index('envelope_events_account_idx').on(t.accountId, t.occurredAt)],
);
