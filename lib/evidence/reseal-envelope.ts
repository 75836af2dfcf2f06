import 'server-only';
import { and, eq } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopes } from '../db/schema';
import { AppError, notFound } from '../errors';
import { enqueueSeal } from './enqueue-seal';
import { recordEnvelopeEvent } from './record-envelope-event';

/**
 * "Reprocessar selagem": an admin puts a stuck envelope's seal back in the queue now. Only while it
 * is "sealing" — a sealed document was already handed to the signers and is never replaced.
 */
export async function resealEnvelope(ctx: { accountId: string; actorId: string; ip?: string | null; userAgent?: string | null }, envelopeId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [envelope] = await tx
      .select()
      .from(envelopes)
      .where(and(eq(envelopes.id, envelopeId), eq(envelopes.accountId, ctx.accountId)))
      .for('update');
    if (!envelope) throw notFound('Envelope');
    if (envelope.status !== 'sealing') {
      throw new AppError('INVALID_STATE', {
        userMessage: envelope.status === 'completed' ? 'Este envelope já está selado.' : 'Só envelopes com todas as assinaturas concluídas podem ser selados.',
      });
    }
    await recordEnvelopeEvent(tx, {
      accountId: ctx.accountId,
      envelopeId,
      type: 'envelope.reseal_requested',
      actorType: 'staff',
      actorId: ctx.actorId,
      ip: ctx.ip ?? null,
      userAgent: ctx.userAgent ?? null,
      occurredAt: now(),
    });
    await enqueueSeal(tx, { accountId: ctx.accountId, envelopeId });
    return { queued: true };
  });
}
