import { type AnyPgColumn, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './accounts';
import { id, timestamps } from './columns';
import { envelopeRecipients, envelopes } from './envelopes';
import { notificationTemplates } from './registry';

export const messageChannelEnum = pgEnum('message_channel', ['email', 'whatsapp', 'sms']);
export const messageStatusEnum = pgEnum('message_status', ['queued', 'sent', 'failed', 'bounced']);

/** A file sent with a message: the bytes stay in blob storage, addressed by their SHA-256. */
export type MessageAttachment = { sha256: string; filename: string; contentType: string };

/**
 * Every notification to a person (lib/notify): who it went to, through which channel, and what
 * became of it. The content (template texts and variables, which include signer links) is sealed
 * with the installation key: a database dump opens no envelope, as with signer link tokens.
 */
export const messages = pgTable(
  'messages',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    envelopeId: uuid().references(() => envelopes.id, { onDelete: 'set null' }),
    recipientId: uuid().references(() => envelopeRecipients.id, { onDelete: 'set null' }),
    channel: messageChannelEnum().notNull(),
    /** The real address or phone number: needed to send (and resend). */
    toAddress: text().notNull(),
    /** What lists show: "jo***@exemplo.com.br", "+55 11 9****-4321". */
    toMasked: text().notNull(),
    templateId: uuid().references(() => notificationTemplates.id, { onDelete: 'set null' }),
    /** The rendered subject, for lists (e-mail only). */
    subject: text(),
    /** sealSecret(JSON {subject, body, variables}, "message-content:<id>"). */
    contentEnc: text().notNull(),
    attachments: jsonb().$type<MessageAttachment[]>().notNull().default([]),
    status: messageStatusEnum().notNull().default('queued'),
    /** How it went out: "smtp", "outbox" (built-in Caixa de saída), later WhatsApp/SMS providers. */
    transport: text(),
    providerId: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    /** A resend is a new row pointing at the message it repeats. */
    resentFromId: uuid().references((): AnyPgColumn => messages.id, { onDelete: 'set null' }),
    /** Staff who asked for it (resend); null when the system queued it. */
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('messages_account_created_idx').on(t.accountId, t.createdAt.desc()),
    index('messages_envelope_idx').on(t.envelopeId, t.createdAt),
    index('messages_account_status_idx').on(t.accountId, t.status),
  ],
);

/**
 * Caixa de saída: e-mails "delivered" while SMTP_URL is not set, readable by admins in the console
 * so the embedded default works end to end. Keyed by the message, so a retried job stores it once.
 */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    messageId: uuid()
      .primaryKey()
      .references(() => messages.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    fromAddress: text().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    /** Sealed like messages.contentEnc: the bodies carry signer links. */
    textEnc: text().notNull(),
    htmlEnc: text(),
    attachments: jsonb().$type<{ filename: string; contentType: string; size: number; sha256: string }[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_mails_account_created_idx').on(t.accountId, t.createdAt.desc())],
);
