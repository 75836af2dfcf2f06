import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { now } from '../clock';
import { messages } from '../db/schema';
import { defineJob, PermanentJobError, type JobContext } from '../jobs/registry';
import { renderTemplate, usedVariables, type TemplateVariable } from '../notification-templates/variables';
import { BlobStoreError } from '../storage/blob-store';
import { getBlobStore } from '../storage/get-blob-store';
import { adapterForMessage } from './adapters';
import { DeliveryRejectedError, channelLabels, type OutgoingMessage } from './channel';
import { linkSuffix } from './http-delivery';
import { openMessageContent } from './message-content';
import { renderEmail } from './render-email';

export const SEND_MESSAGE_JOB_TYPE = 'notify.send-message';
export const sendMessagePayload = z.object({ messageId: z.uuid() });

/**
 * 12 attempts: the backoff (lib/jobs/backoff.ts) spreads them over about five and a half hours,
 * long enough to ride out a provider's outage; after that the message is failed and staff resend.
 */
export const SEND_MESSAGE_MAX_ATTEMPTS = 12;

type MessageRow = typeof messages.$inferSelect;

const MAX_ERROR_LENGTH = 1000;

function describe(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = err instanceof Error ? err.message : String(err);
  const text = typeof e?.code === 'string' && !message.includes(e.code) ? `${e.code}: ${message}` : message;
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

async function buildOutgoing(row: MessageRow): Promise<OutgoingMessage> {
  let content;
  try {
    content = openMessageContent(row.id, row.contentEnc);
  } catch (err) {
    throw new PermanentJobError('O conteúdo da mensagem não pôde ser aberto (chave da instalação trocada?).', { cause: err });
  }
  const attachments = await Promise.all(
    row.attachments.map(async (a) => {
      try {
        return { filename: a.filename, contentType: a.contentType, content: await getBlobStore().get(a.sha256) };
      } catch (err) {
        if (err instanceof BlobStoreError) {
          throw new PermanentJobError(`O anexo "${a.filename}" não está disponível: ${err.message}`, { cause: err });
        }
        throw err;
      }
    }),
  );
  const base = { messageId: row.id, accountId: row.accountId, to: row.toAddress, attachments };
  if (row.channel === 'email') {
    const rendered = renderEmail({
      subject: content.subject ?? '',
      body: content.body,
      variables: content.variables,
      buttonLabel: content.buttonLabel,
    });
    return { ...base, subject: rendered.subject, text: rendered.text, html: rendered.html };
  }
  const text = renderTemplate(content.body, content.variables).trim();
  if (row.channel === 'whatsapp') {
    const parameters = usedVariables(content.body).map((name) => content.variables[name as TemplateVariable] ?? '');
    return { ...base, text, template: { name: content.whatsappTemplate ?? null, parameters, buttonParameter: linkSuffix(content.variables.link) ?? content.variables.codigo } };
  }
  return { ...base, text };
}

/**
 * Sends one queued message and records the outcome on its row. A failure is written to the row
 * (attempts, last error) and rethrown, so lib/jobs retries it with backoff; on the last attempt,
 * or when retrying cannot help, the row ends failed (or bounced). Jobs run at least once: a row
 * already sent is not sent again.
 */
export async function sendQueuedMessage({ messageId }: z.output<typeof sendMessagePayload>, ctx: JobContext): Promise<void> {
  const { db, job } = ctx;
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId));
  // Gone with its account, already sent by an earlier run, or bounced: nothing to do. A failed
  // row is sent again: its job only runs once more when staff retry it (lib/jobs retryJob).
  if (!row || row.status === 'sent' || row.status === 'bounced') return;
  const sendable = and(eq(messages.id, row.id), inArray(messages.status, ['queued', 'failed']));

  try {
    const adapter = await adapterForMessage(db, row.channel, row.envelopeId);
    if (!adapter) throw new PermanentJobError(`O envio por ${channelLabels[row.channel]} não está configurado na integração deste documento.`);
    const outgoing = await buildOutgoing(row);
    const { providerId } = await adapter.send(outgoing);
    const t = now();
    await db
      .update(messages)
      .set({ status: 'sent', transport: adapter.transport, providerId, attempts: job.attempts, lastError: null, sentAt: t, updatedAt: t })
      .where(sendable);
  } catch (err) {
    const rejected = err instanceof DeliveryRejectedError;
    const permanent = rejected || err instanceof PermanentJobError;
    const final = permanent || job.attempts >= job.maxAttempts;
    const status = !final ? 'queued' : rejected && err.bounced ? 'bounced' : 'failed';
    await db
      .update(messages)
      .set({ status, attempts: job.attempts, lastError: describe(err), updatedAt: now() })
      .where(sendable);
    throw rejected ? new PermanentJobError(err.message, { cause: err }) : err;
  }
}

/** The send job of a given type: tests use their own type so parallel test files never share jobs. */
export function defineSendMessageJob(type: string = SEND_MESSAGE_JOB_TYPE) {
  return defineJob({ type, schema: sendMessagePayload, maxAttempts: SEND_MESSAGE_MAX_ATTEMPTS, handler: sendQueuedMessage });
}

export type SendMessageJob = ReturnType<typeof defineSendMessageJob>;

export const sendMessageJob = defineSendMessageJob();
