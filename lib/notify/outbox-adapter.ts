import 'server-only';
import { createHash } from 'node:crypto';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { outboxMails } from '../db/schema';
import type { ChannelAdapter, OutgoingMessage } from './channel';

export const outboxPurpose = (messageId: string, part: 'text' | 'html') => `outbox-mail:${part}:${messageId}`;

/**
 * E-mail "delivery" when SMTP_URL is not set: the rendered mail is kept in the database, where
 * admins read it in the console (Caixa de saída). Keyed by the message, so a job that runs twice
 * stores it once. Attachment bytes stay in blob storage; the outbox lists them by hash.
 */
export function createOutboxAdapter(opts: { from: string }): ChannelAdapter {
  return {
    channel: 'email',
    transport: 'outbox',
    async send(message: OutgoingMessage) {
      const db = await getDb();
      await db
        .insert(outboxMails)
        .values({
          messageId: message.messageId,
          accountId: message.accountId,
          fromAddress: opts.from,
          toAddress: message.to,
          subject: message.subject ?? '',
          textEnc: sealSecret(message.text, outboxPurpose(message.messageId, 'text')),
          htmlEnc: message.html === undefined ? null : sealSecret(message.html, outboxPurpose(message.messageId, 'html')),
          attachments: (message.attachments ?? []).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: a.content.length,
            sha256: createHash('sha256').update(a.content).digest('hex'),
          })),
        })
        .onConflictDoNothing({ target: outboxMails.messageId });
      return { providerId: `outbox:${message.messageId}` };
    },
  };
}
