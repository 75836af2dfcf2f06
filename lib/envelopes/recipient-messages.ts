import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accounts, envelopeRecipients, envelopes, integrations } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { formatDate } from '../format';
import { loadChannelConfig } from '../notify/channel-config';
import { maskAddress } from '../notify/mask';
import { queueMessage } from '../notify/queue-message';
import { currentOrder } from '../signing/policy';
import { signerToken, signerUrl } from '../signing/signer-link';

/** Why a signer hears from us: the link, a reminder, the deadline coming, the deadline gone. */
export type RecipientMessageKind = 'invite' | 'reminder' | 'expiry_warning' | 'expired';

const LINK_NOTE = 'Abra o link para ler e assinar até {{prazo}}. Ele é pessoal: não o encaminhe.';
const EMAIL: Record<RecipientMessageKind, { subject: string; body: string }> = {
  invite: {
    subject: 'Documento para assinar: {{documento.nome}}',
    body: ['Olá, {{signatario.nome}}.', '', '{{empresa.nome}} enviou o documento "{{documento.nome}}" para a sua assinatura eletrônica.', '', LINK_NOTE].join('\n'),
  },
  reminder: {
    subject: 'Lembrete: "{{documento.nome}}" aguarda a sua assinatura',
    body: ['Olá, {{signatario.nome}}.', '', 'O documento "{{documento.nome}}", enviado por {{empresa.nome}}, ainda aguarda a sua assinatura.', '', LINK_NOTE].join('\n'),
  },
  expiry_warning: {
    subject: 'O prazo para assinar "{{documento.nome}}" termina em {{prazo}}',
    body: ['Olá, {{signatario.nome}}.', '', 'O prazo para assinar o documento "{{documento.nome}}", enviado por {{empresa.nome}}, termina em {{prazo}}. Depois disso o link deixa de valer.', '', LINK_NOTE].join('\n'),
  },
  expired: {
    subject: 'O prazo para assinar "{{documento.nome}}" terminou',
    body: ['Olá, {{signatario.nome}}.', '', 'O documento "{{documento.nome}}", enviado por {{empresa.nome}}, não foi assinado até {{prazo}} e expirou: o link não vale mais.', '', 'Se ainda for preciso assinar, {{empresa.nome}} enviará um novo documento.'].join('\n'),
  },
};
/** SMS has no templates at the provider: one short text. */
const SMS: Record<RecipientMessageKind, string> = {
  invite: '{{empresa.nome}}: "{{documento.nome}}" aguarda sua assinatura até {{prazo}}. Acesse {{link}}',
  reminder: 'Lembrete {{empresa.nome}}: "{{documento.nome}}" aguarda sua assinatura até {{prazo}}. Acesse {{link}}',
  expiry_warning: '{{empresa.nome}}: o prazo para assinar "{{documento.nome}}" termina em {{prazo}}. Acesse {{link}}',
  expired: '{{empresa.nome}}: o prazo para assinar "{{documento.nome}}" terminou em {{prazo}} e o link não vale mais.',
};
/** WhatsApp without a template of the account: the approved template's parameters follow this order. */
const WHATSAPP_BODY = 'Olá, {{signatario.nome}}. {{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}: {{link}}';

type Recipient = typeof envelopeRecipients.$inferSelect;

export type EnvelopeMessageContext = {
  envelope: typeof envelopes.$inferSelect;
  accountName: string;
  integration: typeof integrations.$inferSelect | null;
  people: Recipient[];
  /** Per channel: does the envelope's integration send by it (cached per call). */
  configured: Map<string, boolean>;
};

export async function loadEnvelopeMessageContext(tx: Executor, envelopeId: string): Promise<EnvelopeMessageContext | null> {
  const [row] = await tx
    .select({ envelope: envelopes, accountName: accounts.name, integration: integrations })
    .from(envelopes)
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .leftJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .where(eq(envelopes.id, envelopeId));
  if (!row) return null;
  const people = await tx.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(envelopeRecipients.position);
  return { ...row, people, configured: new Map() };
}

/** The sender's own words go in as text, never as {{variables}}. */
const literal = (text: string) => text.replace(/\{\{/g, '{ {');

/** Our e-mail texts; the invitation carries the sender's title (as subject) and message when given. */
function emailTexts(kind: RecipientMessageKind, envelope: { message: string | null; messageTitle: string | null }) {
  const base = EMAIL[kind];
  if (kind !== 'invite') return base;
  const message = envelope.message?.trim();
  return {
    subject: envelope.messageTitle ? literal(envelope.messageTitle) : base.subject,
    body: message ? base.body.replace(LINK_NOTE, `Mensagem de {{empresa.nome}}:\n${literal(message)}\n\n${LINK_NOTE}`) : base.body,
  };
}

export type QueuedRecipientMessage = { channel: 'email' | 'whatsapp' | 'sms'; destination: string } | { skipped: string; channel: string };

/**
 * Queues one message of this kind to one recipient through their delivery channel, in the caller's
 * transaction. WhatsApp always uses the integration's approved template (the only text a provider
 * lets a business send first); e-mail uses the integration's template for invitations and our
 * pt-BR texts for the rest. Returns why nothing was queued when the channel cannot carry it.
 */
export async function queueRecipientMessage(tx: Executor, ctx: EnvelopeMessageContext, p: Recipient, kind: RecipientMessageKind): Promise<QueuedRecipientMessage> {
  const { envelope, integration } = ctx;
  const channel = p.deliveryChannel;
  const to = channel === 'email' ? p.email : channel === 'none' ? null : p.phone;
  if (channel === 'none' || !to) return { skipped: 'sem contato para o canal de envio', channel };
  // The approved WhatsApp template invites to sign: it cannot say the deadline is gone.
  if (kind === 'expired' && channel === 'whatsapp') return { skipped: 'sem modelo aprovado para avisar a expiração', channel };
  if (channel !== 'email') {
    if (!ctx.configured.has(channel)) ctx.configured.set(channel, !!(await loadChannelConfig(tx, envelope.id, channel)));
    if (!ctx.configured.get(channel)) return { skipped: 'canal não configurado na integração', channel };
  }
  const witness = p.role === 'customer_witness';
  const templateId =
    channel === 'email' && kind === 'invite'
      ? p.role === 'customer'
        ? integration?.customerEmailTemplateId
        : witness
          ? integration?.witnessEmailTemplateId
          : null
      : channel === 'whatsapp'
        ? ((witness ? integration?.witnessWhatsappTemplateId : null) ?? integration?.customerWhatsappTemplateId)
        : null;
  const texts = channel === 'email' ? emailTexts(kind, envelope) : channel === 'sms' ? { body: SMS[kind] } : { body: WHATSAPP_BODY };
  await queueMessage(tx, {
    accountId: envelope.accountId,
    envelopeId: envelope.id,
    recipientId: p.id,
    channel,
    to,
    ...(templateId ? { templateId } : texts),
    variables: {
      'signatario.nome': p.name,
      'signatario.email': p.email ?? '',
      'cliente.nome': ctx.people.find((r) => r.role === 'customer')?.name ?? '',
      'empresa.nome': ctx.accountName,
      'documento.nome': envelope.name,
      ...(kind === 'expired' ? {} : { link: signerUrl(signerToken(p.id, p.linkVersion)) }),
      prazo: formatDate(envelope.expiresAt),
    },
    buttonLabel: 'Ler e assinar',
  });
  return { channel, destination: maskAddress(channel, to) };
}

/**
 * Reminder / warning to the signers whose turn it is and who were invited but have not finished,
 * each recorded on the trail (what went, or why nothing could).
 */
export async function messageWaitingSigners(tx: Executor, ctx: EnvelopeMessageContext, kind: RecipientMessageKind, eventType: string, at: Date, extra: Record<string, unknown> = {}) {
  const order = currentOrder(ctx.people);
  const waiting = ctx.people.filter(
    (p) => p.action !== 'copy' && (p.status === 'sent' || p.status === 'viewed') && (!ctx.envelope.signingOrdered || p.signingOrder === order),
  );
  for (const p of waiting) {
    const queued = await queueRecipientMessage(tx, ctx, p, kind);
    await recordEnvelopeEvent(tx, {
      accountId: ctx.envelope.accountId,
      envelopeId: ctx.envelope.id,
      recipientId: p.id,
      type: eventType,
      actorType: 'system',
      payload: { ...extra, ...('skipped' in queued ? { channel: queued.channel, skipped: queued.skipped } : queued) },
      occurredAt: at,
    });
  }
  return waiting.length;
}
