import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { messages, notificationTemplates, type MessageAttachment } from '../db/schema';
import { AppError, notFound } from '../errors';
import { enqueueJob } from '../jobs/enqueue-job';
import { renderTemplate, templateVariables, variableProblem } from '../notification-templates/variables';
import { isSha256Hex } from '../storage/blob-store';
import { getBlobStore } from '../storage/get-blob-store';
import { z } from '../validation';
import { getChannelAdapter } from './adapters';
import { loadChannelConfig } from './channel-config';
import { consumeMessageCredit } from './consume-credit';
import { channelLabels, type MessageChannel } from './channel';
import { maskAddress } from './mask';
import { sealMessageContent, type MessageContent } from './message-content';
import type { MessageVariables } from './render-email';
import { sendMessageJob, type SendMessageJob } from './send-message-job';

export type QueueMessageInput = {
  accountId: string;
  envelopeId?: string | null;
  recipientId?: string | null;
  channel: MessageChannel;
  /** E-mail address, or E.164 phone number (+5511987654321) for WhatsApp / SMS. */
  to: string;
  /** One of the account's editable templates (lib/notification-templates) ... */
  templateId?: string | null;
  /** ... or the texts themselves, with the same {{variables}}. */
  subject?: string | null;
  body?: string | null;
  variables?: MessageVariables;
  /** Files already in blob storage, by SHA-256. */
  attachments?: { sha256: string; filename: string; contentType?: string }[];
  /** WhatsApp without a templateId: the provider's approved template name. */
  whatsappTemplate?: string | null;
  /** Label of the e-mail's button (the link is variables.link); default "Abrir o documento". */
  buttonLabel?: string;
  /** Staff who asked for it; null when the system sends on its own. */
  createdBy?: string | null;
};

export type QueueMessageOptions = {
  /** Tests enqueue under a job type of their own; default the app's send job. */
  job?: SendMessageJob;
};

const knownVariables = new Set<string>(templateVariables.map((v) => v.name));
const emailAddress = z.email();
const E164 = /^\+[1-9]\d{7,14}$/;

function invalid(message: string) {
  return new AppError('INVALID_INPUT', { userMessage: message });
}

function checkAddress(channel: MessageChannel, to: string): string {
  const value = to.trim();
  if (channel === 'email') {
    if (!emailAddress.safeParse(value).success) throw invalid(`E-mail de destino inválido: ${value || '(vazio)'}.`);
  } else if (!E164.test(value)) {
    throw invalid(`Celular de destino inválido para ${channelLabels[channel]}: use o formato internacional, como +5511987654321.`);
  }
  return value;
}

/** The row and its job, in the caller's transaction: both land together or neither does. */
export async function insertMessage(
  tx: Executor,
  input: Omit<QueueMessageInput, 'subject' | 'body' | 'variables' | 'attachments' | 'buttonLabel' | 'whatsappTemplate'> & {
    content: MessageContent;
    attachments: MessageAttachment[];
    resentFromId?: string | null;
  },
  opts: QueueMessageOptions = {},
): Promise<{ messageId: string; jobId: string }> {
  // WhatsApp and SMS spend a prepaid credit per message (resends too; retries of one message do not).
  await consumeMessageCredit(tx, input.accountId, input.channel);
  const messageId = randomUUID();
  const { content } = input;
  // Lists show the subject; the link (a credential) is not written there in clear.
  const subject = content.subject
    ? renderTemplate(content.subject, { ...content.variables, link: content.variables.link ? '[link]' : undefined })
        .replace(/\s+/g, ' ')
        .trim()
    : null;
  await tx.insert(messages).values({
    id: messageId,
    accountId: input.accountId,
    envelopeId: input.envelopeId ?? null,
    recipientId: input.recipientId ?? null,
    channel: input.channel,
    toAddress: input.to,
    toMasked: maskAddress(input.channel, input.to),
    templateId: input.templateId ?? null,
    subject,
    contentEnc: sealMessageContent(messageId, content),
    attachments: input.attachments,
    resentFromId: input.resentFromId ?? null,
    createdBy: input.createdBy ?? null,
  });
  const job = await enqueueJob(tx, { job: opts.job ?? sendMessageJob, payload: { messageId }, accountId: input.accountId });
  return { messageId, jobId: job!.id };
}

/**
 * Queues a notification: records it (status queued) and enqueues its send job in the caller's
 * transaction, so a message exists exactly when the change that caused it committed. The worker
 * renders and sends it (send-message-job.ts).
 */
export async function queueMessage(tx: Executor, input: QueueMessageInput, opts: QueueMessageOptions = {}) {
  // WhatsApp and SMS go through the envelope's integration: refused now, in the request that asks,
  // rather than left to fail in a worker.
  const config = getChannelAdapter(input.channel) ? null : await loadChannelConfig(tx, input.envelopeId ?? null, input.channel);
  if (!getChannelAdapter(input.channel) && !config) {
    throw new AppError('INVALID_STATE', {
      userMessage: `O envio por ${channelLabels[input.channel]} não está configurado na integração deste documento (Canais de envio).`,
    });
  }
  const to = checkAddress(input.channel, input.to);
  let whatsappTemplate = input.whatsappTemplate ?? null;

  let subject = input.subject ?? null;
  let body = input.body ?? null;
  if (input.templateId) {
    const [template] = await tx
      .select({
        channel: notificationTemplates.channel,
        subject: notificationTemplates.subject,
        body: notificationTemplates.body,
        externalName: notificationTemplates.externalName,
      })
      .from(notificationTemplates)
      .where(and(eq(notificationTemplates.id, input.templateId), eq(notificationTemplates.accountId, input.accountId)));
    if (!template) throw notFound('Modelo de notificação');
    if (template.channel !== input.channel) {
      throw invalid(`O modelo escolhido é de ${channelLabels[template.channel]}, não de ${channelLabels[input.channel]}.`);
    }
    subject = template.subject;
    body = template.body;
    whatsappTemplate = template.externalName ?? whatsappTemplate;
  }
  if (!body?.trim()) throw invalid('A mensagem está sem texto.');
  if (input.channel === 'email' && !subject?.trim()) throw invalid('O e-mail está sem assunto.');
  for (const text of [subject, body]) {
    const problem = text ? variableProblem(text) : null;
    if (problem) throw invalid(problem);
  }

  if (input.channel === 'whatsapp' && !whatsappTemplate && body.includes('{{codigo}}')) whatsappTemplate = config?.codeTemplate ?? null;
  if (input.channel === 'whatsapp' && config && !whatsappTemplate) {
    // Business-initiated WhatsApp messages must use a template the provider approved.
    throw new AppError('INVALID_STATE', {
      userMessage: `Escolha o modelo de WhatsApp aprovado na integração "${config.integrationDescription}" (Notificações / Canais de envio).`,
    });
  }

  const variables: MessageVariables = {};
  for (const [name, value] of Object.entries(input.variables ?? {})) {
    if (!knownVariables.has(name)) throw new Error(`Variável de mensagem desconhecida: ${name}`);
    if (typeof value === 'string') variables[name as keyof MessageVariables] = value;
  }

  const attachments: MessageAttachment[] = [];
  for (const a of input.attachments ?? []) {
    if (!isSha256Hex(a.sha256)) throw new Error(`Anexo com hash inválido: ${String(a.sha256).slice(0, 80)}`);
    // Checked here so a missing file fails the request that asked for it, not a worker later.
    if (!(await getBlobStore().has(a.sha256))) throw invalid(`O anexo "${a.filename}" não foi encontrado no armazenamento.`);
    attachments.push({ sha256: a.sha256, filename: a.filename.trim() || 'anexo', contentType: a.contentType ?? 'application/octet-stream' });
  }

  return insertMessage(
    tx,
    {
      accountId: input.accountId,
      envelopeId: input.envelopeId,
      recipientId: input.recipientId,
      channel: input.channel,
      to,
      templateId: input.templateId,
      createdBy: input.createdBy,
      content: {
        subject,
        body,
        variables,
        ...(input.buttonLabel ? { buttonLabel: input.buttonLabel } : {}),
        ...(whatsappTemplate ? { whatsappTemplate } : {}),
      },
      attachments,
    },
    opts,
  );
}
