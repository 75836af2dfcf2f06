import { and, asc, eq, inArray } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { accounts, envelopeRecipients, envelopes, integrations } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { formatDate } from '../format';
import { loadChannelConfig } from '../notify/channel-config';
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
/** SMS has no templates at the provider: one short text with the link. */
const SMS_BODY = '{{empresa.nome}}: "{{documento.nome}}" aguarda sua assinatura até {{prazo}}. Acesse {{link}}';
/** WhatsApp without a template of the account: the approved template's parameters follow this order. */
const WHATSAPP_BODY = 'Olá, {{signatario.nome}}. {{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}: {{link}}';

/**
 * Sends each due signer their link through their delivery channel: on creation the signers of the
 * first order (everyone when order is not enforced), later the next order as the previous finishes.
 * Runs in the caller's transaction; the message goes out through the durable send job. WhatsApp and
 * SMS go through the integration's Canais de envio; when it has none for the channel, the trail
 * records the invite as pending and the link stays available to staff in the history.
 */
export async function inviteDueRecipients(tx: Executor, envelopeId: string, only?: string[], opts: { again?: boolean } = {}) {
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
      // `again`: staff re-send the invitation (after fixing a contact) to someone already invited.
      (p.status === 'pending' || (opts.again && (p.status === 'sent' || p.status === 'viewed'))) &&
      (only ? only.includes(p.id) : !envelope.signingOrdered || p.signingOrder === order),
  );
  const at = now();
  const invited: string[] = [];
  const configured = new Map<string, boolean>();
  const canSend = async (channel: 'whatsapp' | 'sms') => {
    if (!configured.has(channel)) configured.set(channel, !!(await loadChannelConfig(tx, envelopeId, channel)));
    return configured.get(channel)!;
  };
  for (const p of due) {
    const base = { accountId: envelope.accountId, envelopeId, recipientId: p.id, actorType: 'system' as const, occurredAt: at };
    const channel = p.deliveryChannel;
    const to = channel === 'email' ? p.email : channel === 'none' ? null : p.phone;
    if (channel === 'none' || !to) {
      await recordEnvelopeEvent(tx, { ...base, type: 'recipient.invite_pending', payload: { channel, reason: 'sem contato para o canal de envio' } });
      continue;
    }
    if (channel !== 'email' && !(await canSend(channel))) {
      // The link stays available to staff in the history; the integration can be set up and the invite resent.
      await recordEnvelopeEvent(tx, { ...base, type: 'recipient.invite_pending', payload: { channel, reason: 'canal não configurado na integração' } });
      continue;
    }
    const witness = p.role === 'customer_witness';
    const templateId =
      channel === 'email'
        ? p.role === 'customer'
          ? integration?.customerEmailTemplateId
          : witness
            ? integration?.witnessEmailTemplateId
            : null
        : channel === 'whatsapp'
          ? (witness ? integration?.witnessWhatsappTemplateId : null) ?? integration?.customerWhatsappTemplateId
          : null;
    const texts =
      channel === 'email'
        ? { subject: DEFAULT_SUBJECT, body: DEFAULT_BODY }
        : channel === 'sms'
          ? { body: SMS_BODY }
          : { body: WHATSAPP_BODY };
    await queueMessage(tx, {
      accountId: envelope.accountId,
      envelopeId,
      recipientId: p.id,
      channel,
      to,
      ...(templateId ? { templateId } : texts),
      variables: {
        'signatario.nome': p.name,
        'signatario.email': p.email ?? '',
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
    await recordEnvelopeEvent(tx, { ...base, type: 'recipient.invited', payload: { channel, destination: maskAddress(channel, to) } });
    invited.push(p.id);
  }
  return invited;
}
