import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { openSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { outboxMails } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { outboxPurpose } from './outbox-adapter';
import { messageIdInput } from './schemas';

/**
 * One mail of the account's outbox, opened for reading. The HTML is the mail as sent: show it in
 * a sandboxed frame, never inside the console's own page.
 */
export async function getOutboxMail(actor: Pick<Actor, 'accountId' | 'role'>, messageId: string) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  if (!messageIdInput.safeParse({ messageId }).success) throw notFound('E-mail');
  const db = await getDb();
  const [row] = await db
    .select()
    .from(outboxMails)
    .where(and(eq(outboxMails.messageId, messageId), eq(outboxMails.accountId, actor.accountId)));
  if (!row) throw notFound('E-mail');
  return {
    messageId: row.messageId,
    from: row.fromAddress,
    to: row.toAddress,
    subject: row.subject,
    text: openSecret(row.textEnc, outboxPurpose(row.messageId, 'text')),
    html: row.htmlEnc ? openSecret(row.htmlEnc, outboxPurpose(row.messageId, 'html')) : null,
    attachments: row.attachments,
    createdAt: row.createdAt,
  };
}
