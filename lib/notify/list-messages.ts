import 'server-only';
import { and, asc, desc, eq, inArray, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { messages, notificationTemplates, outboxMails } from '../db/schema';
import { forbidden } from '../errors';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';
import type { MessageStatus } from './schemas';

/** What staff see of a message: the destination masked, never the content. */
const summary = {
  id: messages.id,
  envelopeId: messages.envelopeId,
  recipientId: messages.recipientId,
  channel: messages.channel,
  toMasked: messages.toMasked,
  templateId: messages.templateId,
  templateName: notificationTemplates.name,
  subject: messages.subject,
  status: messages.status,
  transport: messages.transport,
  providerId: messages.providerId,
  attempts: messages.attempts,
  lastError: messages.lastError,
  sentAt: messages.sentAt,
  resentFromId: messages.resentFromId,
  createdAt: messages.createdAt,
};

const templateJoin = and(eq(notificationTemplates.id, messages.templateId), eq(notificationTemplates.accountId, messages.accountId));

/** Every message of one envelope of the actor's account, oldest first (the envelope's history). */
export async function listEnvelopeMessages(actor: Pick<Actor, 'accountId'>, envelopeId: string) {
  const db = await getDb();
  return db
    .select(summary)
    .from(messages)
    .leftJoin(notificationTemplates, templateJoin)
    .where(and(eq(messages.accountId, actor.accountId), eq(messages.envelopeId, envelopeId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

/** A page of the account's messages, newest first, optionally only some statuses (e.g. failed). */
export async function listMessages(actor: Pick<Actor, 'accountId'>, params: { page?: number; status?: MessageStatus[] } = {}) {
  const page = params.page ?? 1;
  const db = await getDb();
  const rows = await db
    .select(summary)
    .from(messages)
    .leftJoin(notificationTemplates, templateJoin)
    .where(and(eq(messages.accountId, actor.accountId), params.status?.length ? inArray(messages.status, params.status) : undefined))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}

const resends = alias(messages, 'resends');

/**
 * Failed or bounced messages nobody has resent yet: what "Tentar novamente" is for. Once a resend
 * exists the original leaves this list (the resend shows its own fate).
 */
export async function listUndeliveredMessages(actor: Pick<Actor, 'accountId'>, params: { page?: number } = {}) {
  const page = params.page ?? 1;
  const db = await getDb();
  const rows = await db
    .select(summary)
    .from(messages)
    .leftJoin(notificationTemplates, templateJoin)
    .where(
      and(
        eq(messages.accountId, actor.accountId),
        inArray(messages.status, ['failed', 'bounced']),
        notExists(db.select({ id: resends.id }).from(resends).where(eq(resends.resentFromId, messages.id))),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}

/**
 * The account's Caixa de saída: e-mails kept instead of sent while SMTP_URL is unset. Admins only:
 * it shows real addresses, and the mails carry signer links.
 */
export async function listOutbox(actor: Pick<Actor, 'accountId' | 'role'>, params: { page?: number } = {}) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const page = params.page ?? 1;
  const db = await getDb();
  const rows = await db
    .select({
      messageId: outboxMails.messageId,
      toAddress: outboxMails.toAddress,
      subject: outboxMails.subject,
      attachmentCount: outboxMails.attachments,
      createdAt: outboxMails.createdAt,
      envelopeId: messages.envelopeId,
    })
    .from(outboxMails)
    .innerJoin(messages, eq(messages.id, outboxMails.messageId))
    .where(eq(outboxMails.accountId, actor.accountId))
    .orderBy(desc(outboxMails.createdAt), desc(outboxMails.messageId))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(
    rows.map((r) => ({ ...r, attachmentCount: r.attachmentCount.length })),
    page,
  );
}

export type MessageSummary = Awaited<ReturnType<typeof listEnvelopeMessages>>[number];
