import { and, asc, eq, inArray } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { accounts, envelopeRecipients, envelopes, integrations } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { formatDate } from '../format';
import { maskAddress } from '../notify/mask';
import { queueMessage } from '../notify/queue-message';
import { signerToken, signerUrl } from '../signing/signer-link';
import { currentOrder } from '../signing/policy';

const DEFAULT_SUBJECT = 'Documento para assinar: {{documento.nome}}';
const DEFAULT_BODY = [
  'Olá, {{signatario.nome}}.',
  '',
  '{{empresa.nome}} enviou o documento "{{documento.nome}}" para a sua assinatura eletrônica.',
  '',
  'Abra o link para ler e assinar até {{prazo}}. Ele é pessoal: não o encaminhe.',
].join('\n');

/**
 * Sends each due signer their link through their delivery channel: on creation the signers of the
 * first order (everyone when order is not enforced), later the next order as the previous finishes.
 * Runs in the caller's transaction; the message goes out through the durable send job. A channel
 * that cannot send yet (WhatsApp, SMS) is recorded on the trail instead, and the link stays
 * available to staff in the history.
 */
export async function inviteDueRecipients(tx: Executor, envelopeId: string, only?: string[]) {
  const [row] = await tx
    .select({ envelope: envelopes, accountName: accounts.name, integration: integrations })
    .from(envelopes)
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .leftJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .where(eq(envelopes.id, envelopeId));
  if (!row) return [];
  const { envelope, integration } = row;
  const people = await tx.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position));
  const order = currentOrder(people);
  const due = people.filter(
    (p) =>
      p.action !== 'copy' &&
      p.status === 'pending' &&
      (only ? only.includes(p.id) : !envelope.signingOrdered || p.signingOrder === order),
  );
  const at = now();
  const invited: string[] = [];
  for (const p of due) {
    const base = { accountId: envelope.accountId, envelopeId, recipientId: p.id, actorType: 'system' as const, occurredAt: at };
    if (p.deliveryChannel !== 'email' || !p.email) {
      await recordEnvelopeEvent(tx, { ...base, type: 'recipient.invite_pending', payload: { channel: p.deliveryChannel, reason: 'canal de envio ainda não disponível' } });
      continue;
    }
    const templateId = p.role === 'customer' ? integration?.customerEmailTemplateId : p.role === 'customer_witness' ? integration?.witnessEmailTemplateId : null;
    await queueMessage(tx, {
      accountId: envelope.accountId,
      envelopeId,
      recipientId: p.id,
      channel: 'email',
      to: p.email,
      ...(templateId ? { templateId } : { subject: DEFAULT_SUBJECT, body: DEFAULT_BODY }),
      variables: {
        'signatario.nome': p.name,
        'signatario.email': p.email,
        'cliente.nome': people.find((r) => r.role === 'customer')?.name ?? '',
        'empresa.nome': row.accountName,
        'documento.nome': envelope.name,
        link: signerUrl(signerToken(p.id, p.linkVersion)),
        prazo: formatDate(envelope.expiresAt),
      },
      buttonLabel: 'Ler e assinar',
    });
    await tx
      .update(envelopeRecipients)
      .set({ status: 'sent', sentAt: at })
      .where(and(eq(envelopeRecipients.id, p.id), inArray(envelopeRecipients.status, ['pending'])));
    await recordEnvelopeEvent(tx, { ...base, type: 'recipient.invited', payload: { channel: 'email', destination: maskAddress('email', p.email) } });
    invited.push(p.id);
  }
  return invited;
}
