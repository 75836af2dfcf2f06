import 'server-only';
import { and, eq } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { isOpenForSigning } from '../signing/policy';
import { signerToken } from '../signing/signer-link';
import { evidenceOf, type SignerRequest } from '../signing/signer-request';
import { createSignerSession } from '../signing/signer-session';
import { requireSpaceSession } from './list-space-envelopes';

/**
 * "Assinar" from the signer space: the code proven for the CPF stands for this envelope's access
 * step, so the signer goes straight to reading. The envelope's trail records it as a verified code
 * with `via: signer_space`. Returns the envelope's link and a signer session for its cookie.
 */
export async function openEnvelopeFromSpace(sessionValue: string | null | undefined, recipientId: string, req: SignerRequest) {
  const space = requireSpaceSession(sessionValue);
  const at = now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ recipient: envelopeRecipients, envelope: envelopes })
      .from(envelopeRecipients)
      .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
      .where(and(eq(envelopeRecipients.id, recipientId), eq(envelopeRecipients.cpf, space.cpf)))
      .limit(1);
    if (!row) throw new AppError('NOT_FOUND', { userMessage: 'Documento não encontrado.' });
    const { recipient, envelope } = row;
    const pending = recipient.action !== 'copy' && (recipient.status === 'sent' || recipient.status === 'viewed');
    if (!pending || !isOpenForSigning(envelope.status, envelope.expiresAt, at)) {
      throw new AppError('INVALID_STATE', { userMessage: 'Este documento não está aberto para a sua assinatura.' });
    }
    await recordEnvelopeEvent(tx, {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      type: 'code.verified',
      recipientId: recipient.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: { channel: space.channel, destination: space.destination, via: 'signer_space' },
      occurredAt: at,
    });
    const session = createSignerSession({ recipientId: recipient.id, linkVersion: recipient.linkVersion, method: space.channel, destination: space.destination }, at);
    return { token: signerToken(recipient.id, recipient.linkVersion), session: session.value, expiresAt: session.expiresAt };
  });
}
