import 'server-only';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { canDecline } from './policy';
import { requireSignerSession } from './require-signer-session';
import { requireRecipientByToken } from './resolve-token';
import { evidenceOf, type SignerRequest } from './signer-request';

export const DECLINE_REASON_MIN = 5;
export const DECLINE_REASON_MAX = 500;

/**
 * Recusar: open to a signer whatever the signing order, until they have signed. The reason is
 * required; the recipient and the whole envelope become declined, in one transaction.
 */
export async function declineByToken(token: string, input: { session: string | null | undefined; reason: string }, req: SignerRequest): Promise<void> {
  const reason = String(input.reason ?? '').trim();
  if (reason.length < DECLINE_REASON_MIN || reason.length > DECLINE_REASON_MAX) {
    throw new AppError('INVALID_INPUT', {
      userMessage: `Conte o motivo da recusa (de ${DECLINE_REASON_MIN} a ${DECLINE_REASON_MAX} caracteres).`,
      fields: { reason: [`Entre ${DECLINE_REASON_MIN} e ${DECLINE_REASON_MAX} caracteres.`] },
    });
  }
  const { recipient } = await requireRecipientByToken(token, req);
  const session = requireSignerSession(input.session, recipient);
  const at = now();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [envelope] = await tx.select().from(envelopes).where(eq(envelopes.id, recipient.envelopeId)).for('no key update');
    const [me] = await tx.select().from(envelopeRecipients).where(eq(envelopeRecipients.id, recipient.id));
    if (!envelope || !me || !canDecline(envelope.status, me)) {
      throw new AppError('INVALID_STATE', { userMessage: me?.status === 'signed' ? 'Você já assinou este documento.' : 'Este documento não está mais aberto para assinatura.' });
    }
    const [declined] = await tx
      .update(envelopeRecipients)
      .set({ status: 'declined', declinedAt: at, declineReason: reason })
      .where(and(eq(envelopeRecipients.id, me.id), notInArray(envelopeRecipients.status, ['signed', 'declined'])))
      .returning({ id: envelopeRecipients.id });
    if (!declined) throw new AppError('CONFLICT', { userMessage: 'Sua resposta já foi registrada.' });
    const base = { accountId: envelope.accountId, envelopeId: envelope.id, occurredAt: at };
    await recordEnvelopeEvent(tx, {
      ...base,
      type: 'recipient.declined',
      recipientId: me.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: { reason, authentication: { method: session.method, destination: session.destination } },
    });
    const closed = await tx
      .update(envelopes)
      .set({ status: 'declined', closedAt: at })
      .where(and(eq(envelopes.id, envelope.id), inArray(envelopes.status, ['sent', 'partially_signed'])))
      .returning({ id: envelopes.id });
    if (closed.length) await recordEnvelopeEvent(tx, { ...base, type: 'envelope.declined', actorType: 'system', payload: { recipientId: me.id } });
  });
}
