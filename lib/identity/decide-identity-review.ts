import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { recordActivity } from '../activity/record-activity';
import { now } from '../clock';
import { getDb, type Tx } from '../db/client';
import { accounts, envelopeRecipients, envelopes, identityProofs } from '../db/schema';
import { AppError, notFound } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { getChannelAdapter } from '../notify/adapters';
import { maskAddress } from '../notify/mask';
import { queueMessage } from '../notify/queue-message';
import { signerToken, signerUrl } from '../signing/signer-link';
import type { DecideIdentityReviewInput } from './schemas';

const MESSAGES = {
  approve: {
    subject: 'Identidade confirmada: {{documento.nome}}',
    body: 'Olá, {{signatario.nome}}.\n\nA equipe de {{empresa.nome}} confirmou a sua identidade. Você já pode ler e assinar "{{documento.nome}}".',
    button: 'Continuar para assinar',
  },
  reject: {
    subject: 'Identidade não confirmada: {{documento.nome}}',
    body: 'Olá, {{signatario.nome}}.\n\nA equipe de {{empresa.nome}} não conseguiu confirmar a sua identidade para "{{documento.nome}}".\n\nMotivo: {{motivo}}\n\nFale com {{empresa.nome}} para continuar.',
    button: 'Abrir o documento',
  },
} as const;

/** Tells the signer by their delivery channel; a channel that cannot send yet is noted on the trail instead. */
async function notifySigner(tx: Tx, proof: typeof identityProofs.$inferSelect, decision: 'approve' | 'reject', reason: string | null) {
  const [row] = await tx
    .select({ recipient: envelopeRecipients, envelopeName: envelopes.name, accountName: accounts.name })
    .from(envelopeRecipients)
    .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .where(eq(envelopeRecipients.id, proof.recipientId));
  const { recipient } = row;
  const channel = recipient.deliveryChannel;
  const to = channel === 'email' ? recipient.email : channel === 'none' ? null : recipient.phone;
  if (channel === 'none' || !to || !getChannelAdapter(channel)) return { channel, destination: null, queued: false };
  const m = MESSAGES[decision];
  await queueMessage(tx, {
    accountId: proof.accountId,
    envelopeId: proof.envelopeId,
    recipientId: recipient.id,
    channel,
    to,
    subject: m.subject,
    // The reason is staff's own text: put in as text, not as a template variable.
    body: m.body.replace('{{motivo}}', (reason ?? '').replace(/\{\{/g, '{ {')),
    variables: { 'signatario.nome': recipient.name, 'empresa.nome': row.accountName, 'documento.nome': row.envelopeName, link: signerUrl(signerToken(recipient.id, recipient.linkVersion)) },
    buttonLabel: m.button,
  });
  return { channel, destination: maskAddress(channel, to), queued: true };
}

/**
 * Staff decide a proof the automated checks could not confirm. Audited twice: on the envelope's
 * evidence trail and in the account's activity log; the signer is told by their channel.
 */
export async function decideIdentityReview(actor: Actor, input: DecideIdentityReviewInput) {
  const at = now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [proof] = await tx
      .select()
      .from(identityProofs)
      .where(and(eq(identityProofs.id, input.proofId), eq(identityProofs.accountId, actor.accountId)))
      .for('update');
    if (!proof) throw notFound('Análise de identidade');
    if (proof.status !== 'manual_review') throw new AppError('CONFLICT', { userMessage: 'Esta análise já foi decidida.' });
    const approved = input.decision === 'approve';
    const reason = input.reason?.trim() || null;
    await tx
      .update(identityProofs)
      .set({ status: approved ? 'approved' : 'rejected', reviewedBy: actor.actorId, reviewedAt: at, reviewReason: reason })
      .where(eq(identityProofs.id, proof.id));
    const notified = await notifySigner(tx, proof, input.decision, reason);
    await recordEnvelopeEvent(tx, {
      accountId: proof.accountId,
      envelopeId: proof.envelopeId,
      type: approved ? 'identity.approved' : 'identity.rejected',
      recipientId: proof.recipientId,
      actorType: 'staff',
      actorId: actor.actorId,
      ip: actor.ip ?? null,
      payload: { reason, checks: proof.lastChecks, imagesSha256: { selfie: proof.selfieSha256, document: proof.documentSha256, documentBack: proof.documentBackSha256 }, notified },
      occurredAt: at,
    });
    const [who] = await tx.select({ name: envelopeRecipients.name }).from(envelopeRecipients).where(eq(envelopeRecipients.id, proof.recipientId));
    await recordActivity(tx, actor, {
      action: approved ? 'identity.approved' : 'identity.rejected',
      entityType: 'identity_proof',
      entityId: proof.id,
      summary: approved ? `Aprovou a identidade de ${who.name}` : `Recusou a identidade de ${who.name}: ${reason}`,
      details: { envelopeId: proof.envelopeId, reason },
    });
    return { status: approved ? ('approved' as const) : ('rejected' as const), notified };
  });
}
