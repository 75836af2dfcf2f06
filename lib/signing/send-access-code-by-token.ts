import 'server-only';
import { randomInt } from 'node:crypto';
import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, signerCodes } from '../db/schema';
import { AppError } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { maskAddress } from '../notify/mask';
import { queueMessage } from '../notify/queue-message';
import { accessCodeMessage } from './access-code-message';
import { CODE_RESEND_INTERVAL_MS, CODE_TTL_MS, MAX_CODES_PER_DAY, TOO_MANY_CODES_MESSAGE, waitMessage } from './access-code-rules';
import { isOpenForSigning } from './policy';
import { requireRecipientByToken } from './resolve-token';
import { hashSignerCode } from './signer-code-hash';
import { evidenceOf, type SignerRequest } from './signer-request';

export type SentAccessCode = { channel: 'email' | 'sms' | 'whatsapp'; destinationMasked: string; expiresAt: Date; resendAvailableAt: Date };

const DAY_MS = 24 * 60 * 60 * 1000;
const refuse = (message: string) => new AppError('INVALID_STATE', { userMessage: message });

/**
 * Sends a 6-digit one-time code through the signer's authentication channel (e-mail, or WhatsApp /
 * SMS through the envelope's integration). A new code replaces the previous one; at most one per minute
 * and ten per 24 hours.
 */
export async function sendAccessCodeByToken(token: string, req: SignerRequest): Promise<SentAccessCode> {
  const { recipient, envelope } = await requireRecipientByToken(token, req);
  const at = now();
  if (!isOpenForSigning(envelope.status, envelope.expiresAt, at)) throw refuse('Este documento não está mais aberto para assinatura.');
  if (recipient.action === 'copy' || recipient.status === 'signed' || recipient.status === 'declined') {
    throw refuse('Não há assinatura pendente para você neste documento.');
  }
  const channel = recipient.authMethod;
  if (channel === 'access_code') throw refuse('Use o código de acesso informado por quem enviou o documento.');
  if (channel === 'none') throw refuse('Este documento não pede código de acesso.');
  const to = channel === 'email' ? recipient.email : recipient.phone;
  if (!to) throw refuse('Não há um contato cadastrado para enviar o seu código. Fale com quem enviou o documento.');
  const destinationMasked = maskAddress(channel, to);

  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises two clicks on "reenviar": the second sees the first one's code.
    await tx.select({ id: envelopeRecipients.id }).from(envelopeRecipients).where(eq(envelopeRecipients.id, recipient.id)).for('update');
    const recent = await tx
      .select({ sentAt: signerCodes.sentAt })
      .from(signerCodes)
      .where(and(eq(signerCodes.recipientId, recipient.id), ne(signerCodes.channel, 'access_code'), gt(signerCodes.sentAt, new Date(at.getTime() - DAY_MS))))
      .orderBy(desc(signerCodes.sentAt));
    const wait = recent.length ? recent[0].sentAt.getTime() + CODE_RESEND_INTERVAL_MS - at.getTime() : 0;
    if (wait > 0) throw new AppError('RATE_LIMITED', { userMessage: waitMessage(Math.ceil(wait / 1000)) });
    if (recent.length >= MAX_CODES_PER_DAY) throw new AppError('RATE_LIMITED', { userMessage: TOO_MANY_CODES_MESSAGE });

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(at.getTime() + CODE_TTL_MS);
    await tx.insert(signerCodes).values({
      accountId: recipient.accountId,
      recipientId: recipient.id,
      codeHash: hashSignerCode(recipient.id, code),
      channel,
      destinationMasked,
      expiresAt,
      sentAt: at,
    });
    await queueMessage(tx, {
      accountId: recipient.accountId,
      envelopeId: envelope.id,
      recipientId: recipient.id,
      channel,
      to,
      ...accessCodeMessage(channel, code, 'assinar "{{documento.nome}}"'),
      variables: { 'signatario.nome': recipient.name, 'documento.nome': envelope.name, codigo: code },
    });
    await recordEnvelopeEvent(tx, {
      accountId: recipient.accountId,
      envelopeId: envelope.id,
      type: 'code.sent',
      recipientId: recipient.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: { channel, destination: destinationMasked, expiresAt: expiresAt.toISOString() },
      occurredAt: at,
    });
    return { channel, destinationMasked, expiresAt, resendAvailableAt: new Date(at.getTime() + CODE_RESEND_INTERVAL_MS) };
  });
}
