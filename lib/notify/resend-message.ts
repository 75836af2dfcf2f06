import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { envelopeRecipients, messages } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { channelLabels } from './channel';
import { openMessageContent } from './message-content';
import { insertMessage, type QueueMessageOptions } from './queue-message';
import type { MessageIdInput } from './schemas';

const notFound = () => new AppError('NOT_FOUND', { userMessage: 'Mensagem não encontrada.' });

/**
 * "Reenviar" / "Tentar novamente": queues the same message (same texts, variables, attachments and
 * destination) as a new row pointing at the original, so the history keeps both. Logged.
 */
export async function resendMessage(actor: Actor, input: MessageIdInput, opts: QueueMessageOptions = {}) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Locked: two clicks on "Reenviar" queue one resend, not two.
    const [original] = await tx
      .select()
      .from(messages)
      .where(and(eq(messages.id, input.messageId), eq(messages.accountId, actor.accountId)))
      .for('update');
    if (!original) throw notFound();
    if (original.status === 'queued') {
      throw new AppError('INVALID_STATE', { userMessage: 'Esta mensagem ainda está na fila de envio: aguarde o resultado antes de reenviar.' });
    }
    const [pending] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.resentFromId, original.id), eq(messages.status, 'queued')))
      .limit(1);
    if (pending) throw new AppError('CONFLICT', { userMessage: 'Já há um reenvio desta mensagem na fila.' });

    const content = openMessageContent(original.id, original.contentEnc);
    if (original.recipientId && content.variables.link) {
      // A link revoked since (contact corrected, link reissued) must not go out again: the signer
      // would get a dead link, possibly at an address that is no longer theirs.
      const [recipient] = await tx
        .select({ tokenHash: envelopeRecipients.tokenHash })
        .from(envelopeRecipients)
        .where(and(eq(envelopeRecipients.id, original.recipientId), eq(envelopeRecipients.accountId, actor.accountId)));
      // The recipient row keeps the SHA-256 of its current link token (lib/signing/signer-link.ts).
      const token = content.variables.link.split('/').pop() ?? '';
      if (recipient && createHash('sha256').update(token).digest('hex') !== recipient.tokenHash) {
        throw new AppError('INVALID_STATE', {
          userMessage: 'O link desta mensagem foi substituído depois do envio (contato corrigido). Reenvie a mensagem mais recente deste signatário, que leva o link atual, ou use "Corrigir contato".',
        });
      }
    }
    const result = await insertMessage(
      tx,
      {
        accountId: original.accountId,
        envelopeId: original.envelopeId,
        recipientId: original.recipientId,
        channel: original.channel,
        to: original.toAddress,
        templateId: original.templateId,
        createdBy: actor.actorId,
        content,
        attachments: original.attachments,
        resentFromId: original.id,
      },
      opts,
    );
    await recordActivity(tx, actor, {
      action: 'message.resent',
      entityType: 'message',
      entityId: result.messageId,
      summary: `Reenviou ${original.subject ? `"${original.subject}"` : `a mensagem de ${channelLabels[original.channel]}`} para ${original.toMasked}`,
      details: { originalMessageId: original.id, envelopeId: original.envelopeId },
    });
    return result;
  });
}
