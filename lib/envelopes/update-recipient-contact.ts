import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { maskAddress } from '../notify/mask';
import { hashSignerToken, signerToken } from '../signing/signer-link';
import { inviteDueRecipients } from './invite-due-recipients';
import type { UpdateRecipientContactInput } from './schemas';

const OPEN = new Set(['sent', 'partially_signed']);

/**
 * "Corrigir contato e reenviar": staff fix a signer's e-mail or phone on an envelope in progress
 * and the invitation goes again to the new destination, without recreating the envelope. Recorded
 * on the envelope's evidence trail and in the staff log. When the link had already gone to the old
 * address of the delivery channel, it is revoked (link version bumped): whoever got it by mistake
 * cannot sign.
 */
export async function updateRecipientContact(actor: Actor, input: UpdateRecipientContactInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [envelope] = await tx
      .select({ id: envelopes.id, status: envelopes.status, name: envelopes.name })
      .from(envelopes)
      .where(and(eq(envelopes.id, input.envelopeId), eq(envelopes.accountId, actor.accountId)))
      .for('update');
    if (!envelope) throw notFound('Documento');
    if (!OPEN.has(envelope.status)) {
      throw new AppError('INVALID_STATE', { userMessage: 'Só é possível corrigir contatos de um documento aguardando assinatura.' });
    }
    const [r] = await tx
      .select()
      .from(envelopeRecipients)
      .where(and(eq(envelopeRecipients.id, input.recipientId), eq(envelopeRecipients.envelopeId, envelope.id)))
      .for('update');
    if (!r) throw notFound('Destinatário');
    if (r.status === 'signed' || r.status === 'declined') {
      throw new AppError('INVALID_STATE', { userMessage: `${r.name} já concluiu a sua parte: não há o que reenviar.` });
    }
    const email = input.email === undefined ? r.email : input.email;
    const phone = input.phone === undefined ? r.phone : input.phone;
    const changes: { field: 'email' | 'phone'; from: string | null; to: string | null }[] = [];
    if ((email ?? null) !== (r.email ?? null)) changes.push({ field: 'email', from: r.email, to: email });
    if ((phone ?? null) !== (r.phone ?? null)) changes.push({ field: 'phone', from: r.phone, to: phone });
    if (changes.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Nada mudou: informe o novo e-mail ou celular.' });

    const deliveryField = r.deliveryChannel === 'email' ? 'email' : r.deliveryChannel === 'none' ? null : 'phone';
    if (deliveryField === 'email' && !email) throw new AppError('INVALID_INPUT', { userMessage: 'Este signatário recebe por e-mail: informe um e-mail.', fields: { email: ['Informe o e-mail.'] } });
    if (deliveryField === 'phone' && !phone) throw new AppError('INVALID_INPUT', { userMessage: 'Este signatário recebe por celular: informe o número.', fields: { phone: ['Informe o celular.'] } });

    // The old link reached the old destination: revoke it, so only the new one works.
    const revoke = r.status !== 'pending' && changes.some((c) => c.field === deliveryField);
    const linkVersion = revoke ? r.linkVersion + 1 : r.linkVersion;
    await tx
      .update(envelopeRecipients)
      .set({ email, phone, linkVersion, tokenHash: hashSignerToken(signerToken(r.id, linkVersion)), updatedAt: now() })
      .where(eq(envelopeRecipients.id, r.id));

    const masked = (field: 'email' | 'phone', v: string | null) => (v ? maskAddress(field === 'email' ? 'email' : 'sms', v) : null);
    await recordEnvelopeEvent(tx, {
      accountId: actor.accountId,
      envelopeId: envelope.id,
      recipientId: r.id,
      type: 'recipient.contact_changed',
      actorType: 'staff',
      actorId: actor.actorId,
      ip: actor.ip ?? null,
      payload: { changes: changes.map((c) => ({ field: c.field, from: masked(c.field, c.from), to: masked(c.field, c.to) })), linkRevoked: revoke },
      occurredAt: now(),
    });
    await recordActivity(tx, actor, {
      action: 'envelope.recipient_contact_changed',
      entityType: 'envelope',
      entityId: envelope.id,
      summary: `Corrigiu o contato de ${r.name} em "${envelope.name}" e reenviou o convite`,
      details: { recipientId: r.id, fields: changes.map((c) => c.field), linkRevoked: revoke },
    });
    // Due now (its order's turn, or it had been invited): the invitation goes again.
    const invited = await inviteDueRecipients(tx, envelope.id, [r.id], { again: true });
    return { invited: invited.length > 0, linkRevoked: revoke };
  });
}
