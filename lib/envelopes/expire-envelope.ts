import 'server-only';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { now } from '../clock';
import type { Db } from '../db/client';
import { envelopes, users } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { formatDate } from '../format';
import { enqueueJob } from '../jobs/enqueue-job';
import { queueMessage } from '../notify/queue-message';
import { loadEnvelopeMessageContext, queueRecipientMessage } from './recipient-messages';
import { LIFECYCLE } from './schedule-lifecycle-jobs';

/** Braces in a person's name must not read as a {{variable}} in the sender's message. */
const plain = (s: string) => s.replace(/[{}]/g, '');

/**
 * At the deadline an envelope still waiting for signatures expires, exactly once (a conditional
 * update): the trail records it, the signers who had the link are told it no longer works, and the
 * sender (whoever generated it; the account's owners when nobody did) learns who did not sign.
 */
export async function expireEnvelope(db: Db, envelopeId: string) {
  await db.transaction(async (tx) => {
    const at = now();
    const [envelope] = await tx
      .update(envelopes)
      .set({ status: 'expired', closedAt: at, updatedAt: at })
      .where(and(eq(envelopes.id, envelopeId), inArray(envelopes.status, ['sent', 'partially_signed']), lte(envelopes.expiresAt, at)))
      .returning();
    if (!envelope) {
      const [open] = await tx.select({ expiresAt: envelopes.expiresAt, accountId: envelopes.accountId, status: envelopes.status }).from(envelopes).where(eq(envelopes.id, envelopeId));
      // Ran early (clock moved back, deadline extended): come back at the deadline.
      if (open && (open.status === 'sent' || open.status === 'partially_signed')) {
        await enqueueJob(tx, { type: LIFECYCLE.expire, payload: { envelopeId }, accountId: open.accountId, runAt: open.expiresAt });
      }
      return;
    }
    const base = { accountId: envelope.accountId, envelopeId, actorType: 'system' as const, occurredAt: at };
    await recordEnvelopeEvent(tx, { ...base, type: 'envelope.expired', payload: { expiresAt: envelope.expiresAt.toISOString() } });

    const ctx = (await loadEnvelopeMessageContext(tx, envelopeId))!;
    const unfinished = ctx.people.filter((p) => p.action !== 'copy' && p.status !== 'signed' && p.status !== 'declined');
    for (const p of unfinished.filter((p) => p.status === 'sent' || p.status === 'viewed')) {
      const queued = await queueRecipientMessage(tx, ctx, p, 'expired');
      await recordEnvelopeEvent(tx, {
        ...base,
        recipientId: p.id,
        type: 'recipient.expiry_notified',
        payload: 'skipped' in queued ? { channel: queued.channel, skipped: queued.skipped } : queued,
      });
    }

    const senders = envelope.createdBy
      ? await tx.select({ email: users.email }).from(users).where(and(eq(users.id, envelope.createdBy), eq(users.active, true)))
      : [];
    const to = senders.length
      ? senders
      : await tx.select({ email: users.email }).from(users).where(and(eq(users.accountId, envelope.accountId), eq(users.role, 'owner'), eq(users.active, true)));
    const missing = unfinished.map((p) => `- ${plain(p.name)}`).join('\n');
    for (const { email } of to) {
      await queueMessage(tx, {
        accountId: envelope.accountId,
        envelopeId,
        channel: 'email',
        to: email,
        subject: 'Documento expirado: {{documento.nome}}',
        body: [
          'O documento "{{documento.nome}}" expirou em {{prazo}} sem todas as assinaturas.',
          '',
          missing ? `Não assinaram:\n${missing}` : '',
          '',
          'Para colher as assinaturas, abra o envelope no console e use "Reenviar como novo documento".',
        ].join('\n'),
        variables: { 'documento.nome': envelope.name, 'empresa.nome': ctx.accountName, prazo: formatDate(envelope.expiresAt) },
      });
    }
  });
}
