import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { advanceClock, now, resetClock } from '../clock';
import { getDb, type Tx } from '../db/client';
import { envelopes, jobs, messages, outboxMails } from '../db/schema';
import { resetEnvCache } from '../env';
import { AppError } from '../errors';
import { retryDelayCeilingMs } from '../jobs/backoff';
import { registerJob, unregisterJob } from '../jobs/registry';
import { runWorker, type JobWorker } from '../jobs/run-worker';
import { silentLogger, uniqueJobType, waitFor, waitForStatus } from '../jobs/test-support';
import { createTemplate } from '../notification-templates/create-template';
import { createTemplateInput } from '../notification-templates/schemas';
import { getBlobStore } from '../storage/get-blob-store';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { setChannelAdapter } from './adapters';
import { createSmtpAdapter } from './email-adapter';
import { getOutboxMail } from './get-outbox-mail';
import { listEnvelopeMessages, listMessages, listOutbox, listUndeliveredMessages } from './list-messages';
import { queueMessage, type QueueMessageInput } from './queue-message';
import { resendMessage } from './resend-message';
import { defineSendMessageJob, type SendMessageJob } from './send-message-job';
import { startSmtpSink } from './test-support';

const { handle } = setupTestDb();

const SUBJECT = 'Assinatura pendente: contrato nº 123 — José da Conceição';
const LINK = 'https://rubrica.exemplo.com.br/s/tOkEn_de-teste123';
const FROM = 'Rubrica Teste <nao-responda@rubrica.test>';

const cleanups: (() => Promise<void> | void)[] = [];
let job: SendMessageJob;
let worker: JobWorker | undefined;

beforeAll(() => {
  useTemporaryBlobStore();
  delete process.env.SMTP_URL;
  resetEnvCache();
});

afterEach(async () => {
  await worker?.stop({ timeoutMs: 5_000 });
  worker = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
  setChannelAdapter('email', undefined);
  resetClock();
});

afterAll(() => resetEnvCache());

/** Every test claims only its own job type: test files share one PostgreSQL in parallel. */
function newJob() {
  job = defineSendMessageJob(uniqueJobType('notify'));
  registerJob(job);
  cleanups.push(() => unregisterJob(job.type));
  return job;
}

function startWorker() {
  worker = runWorker({ db: handle().db, types: [job.type], pollIntervalMs: 10, staleAfterMs: false, logger: silentLogger });
  return worker;
}

async function smtp(opts: { reject?: string[] } = {}) {
  const sink = await startSmtpSink(opts);
  const adapter = createSmtpAdapter({ url: `smtp://127.0.0.1:${sink.port}`, from: FROM, connectionTimeoutMs: 2_000 });
  setChannelAdapter('email', adapter);
  cleanups.push(() => sink.stop());
  cleanups.push(() => adapter.close());
  return { sink, adapter };
}

async function inTx<T>(fn: (tx: Tx) => Promise<T>) {
  return (await getDb()).transaction(fn);
}

function mail(accountId: string, overrides: Partial<QueueMessageInput> = {}): QueueMessageInput {
  return {
    accountId,
    channel: 'email',
    to: 'jose.conceicao@exemplo.com.br',
    subject: 'Assinatura pendente: {{documento.nome}} — {{signatario.nome}}',
    body: 'Olá, {{signatario.nome}}!\n\n{{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}.',
    variables: {
      'signatario.nome': 'José da Conceição',
      'empresa.nome': 'Serviços Ação Ltda.',
      'documento.nome': 'contrato nº 123',
      prazo: '30/11/2026',
      link: LINK,
    },
    buttonLabel: 'Assinar o documento',
    ...overrides,
  };
}

async function queue(input: QueueMessageInput) {
  return inTx((tx) => queueMessage(tx, input, { job }));
}

async function row(id: string) {
  const [r] = await handle().db.select().from(messages).where(eq(messages.id, id));
  return r;
}

function waitForRows(ids: string[], ok: (r: typeof messages.$inferSelect) => boolean, what: string) {
  return waitFor(
    async () => {
      const rows = await handle().db.select().from(messages).where(inArray(messages.id, ids));
      return rows.length === ids.length && rows.every(ok) ? rows : undefined;
    },
    { what },
  );
}

async function samplePdf() {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  page.drawText('Contrato 123', { font: await doc.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
  return Buffer.from(await doc.save());
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function code(p: Promise<unknown>) {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

async function newEnvelope(accountId: string) {
  const [e] = await handle()
    .db.insert(envelopes)
    .values({ accountId, name: 'Contrato 123', origin: 'manual', provider: 'rubrica', environment: 'sandbox', billable: false, expiresAt: now() })
    .returning({ id: envelopes.id });
  return e.id;
}

describe('[NOTIFY] e-mail over real SMTP', () => {
  it('delivers the UTF-8 subject, both bodies and a PDF attachment byte for byte; the row is sent with the provider id', async () => {
    newJob();
    const { sink } = await smtp();
    const { account } = await createAccount();
    const pdf = await samplePdf();
    const { sha256: pdfSha } = await getBlobStore().put(pdf);
    const envelopeId = await newEnvelope(account.id);

    const { messageId } = await queue(
      mail(account.id, { envelopeId, attachments: [{ sha256: pdfSha, filename: 'contrato-123.pdf', contentType: 'application/pdf' }] }),
    );
    const queued = await row(messageId);
    expect(queued).toMatchObject({ status: 'queued', attempts: 0, toMasked: 'jo***@exemplo.com.br', subject: SUBJECT, channel: 'email' });
    // The link is a credential: it is not stored in clear.
    expect(queued.contentEnc).not.toContain('tOkEn');

    startWorker();
    const [sent] = await waitForRows([messageId], (r) => r.status === 'sent', 'the message to be sent');
    expect(sink.received).toHaveLength(1);
    const got = sink.received[0];
    expect(got.envelopeTo).toEqual(['jose.conceicao@exemplo.com.br']);
    expect(got.subject).toBe(SUBJECT);
    expect(got.from).toBe(FROM);
    expect(got.text).toContain('Olá, José da Conceição!');
    expect(got.text).toContain(LINK);
    expect(got.html).toMatch(/<a href="https:\/\/rubrica\.exemplo\.com\.br\/s\/tOkEn_de-teste123"[^>]*>Assinar o documento<\/a>/);
    expect(got.attachments).toHaveLength(1);
    expect(got.attachments[0]).toMatchObject({ filename: 'contrato-123.pdf', contentType: 'application/pdf' });
    expect(sha256(got.attachments[0].content)).toBe(pdfSha);

    expect(sent).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1, lastError: null, providerId: got.messageId });
    expect(sent.providerId).toMatch(new RegExp(`^<${messageId}@rubrica\\.test>$`));
    expect(sent.sentAt).toBeInstanceOf(Date);

    const history = await listEnvelopeMessages({ accountId: account.id }, envelopeId);
    expect(history.map((m) => [m.id, m.status, m.toMasked, m.subject])).toEqual([[messageId, 'sent', 'jo***@exemplo.com.br', SUBJECT]]);
  });

  it('uses the account’s editable template and refuses another account’s', async () => {
    newJob();
    const { sink } = await smtp();
    const a = await createAccount();
    const b = await createAccount();
    const { templateId } = await createTemplate(
      a.actors.admin,
      createTemplateInput.parse({
        channel: 'email',
        name: 'Convite',
        subject: 'Assine {{documento.nome}}, {{signatario.nome}}',
        body: 'Prezado(a) {{signatario.nome}}, o documento está em {{link}}',
      }),
    );
    const { messageId } = await queue(mail(a.account.id, { templateId, subject: null, body: null }));
    expect(await code(queue(mail(b.account.id, { templateId, subject: null, body: null })))).toBe('NOT_FOUND');

    startWorker();
    await waitForRows([messageId], (r) => r.status === 'sent', 'the template message');
    expect(sink.received.map((m) => m.subject)).toEqual(['Assine contrato nº 123, José da Conceição']);
    expect(sink.received[0].text).toContain(`Prezado(a) José da Conceição, o documento está em ${LINK}`);
    expect((await row(messageId)).templateId).toBe(templateId);
  });

  it('keeps messages queued while the SMTP server is down and delivers each exactly once when it is back', async () => {
    newJob();
    const { sink } = await smtp();
    const { account } = await createAccount();
    await sink.stop();

    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      ids.push((await queue(mail(account.id, { to: `pessoa${i}@exemplo.com.br` }))).messageId);
    }
    startWorker();
    const waiting = await waitForRows(ids, (r) => r.attempts === 1 && r.lastError !== null, 'the first attempts to fail');
    for (const r of waiting) {
      expect(r.status).toBe('queued');
      expect(r.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    }
    // The jobs went back to the queue for later; nothing was sent, nothing was lost.
    const jobRows = await waitFor(
      async () => {
        const rows = await handle().db.select().from(jobs).where(eq(jobs.type, job.type));
        return rows.length === 3 && rows.every((j) => j.status === 'pending' && j.runAt > now()) ? rows : undefined;
      },
      { what: 'the jobs to wait for their retry' },
    );
    expect(jobRows.every((j) => j.attempts === 1)).toBe(true);
    expect(sink.received).toHaveLength(0);

    await sink.start();
    advanceClock(retryDelayCeilingMs(1) + 1_000);
    const sent = await waitForRows(ids, (r) => r.status === 'sent', 'all three to be sent');
    expect(sent.every((r) => r.attempts === 2 && r.lastError === null)).toBe(true);
    // Give a duplicate the chance to show up before counting.
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.received).toHaveLength(3);
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual(['pessoa1@exemplo.com.br', 'pessoa2@exemplo.com.br', 'pessoa3@exemplo.com.br']);
    expect(new Set(sink.received.map((m) => m.messageId))).toEqual(new Set(sent.map((r) => r.providerId)));
  });

  it('marks the message failed when the last attempt fails', async () => {
    newJob();
    const { sink } = await smtp();
    const { account } = await createAccount();
    await sink.stop();
    const { messageId, jobId } = await queue(mail(account.id));
    await handle().db.update(jobs).set({ maxAttempts: 2 }).where(eq(jobs.id, jobId));
    startWorker();
    await waitForRows([messageId], (r) => r.attempts === 1, 'the first attempt');
    advanceClock(retryDelayCeilingMs(1) + 1_000);
    const [failed] = await waitForRows([messageId], (r) => r.status === 'failed', 'the message to fail');
    expect(failed.attempts).toBe(2);
    expect(failed.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    // The row is written inside the handler, the job's outcome right after it.
    await waitForStatus(handle().db, jobId, 'failed');
  });

  it('a recipient the server rejects ends bounced at once, without retries', async () => {
    newJob();
    const { sink } = await smtp({ reject: ['ninguem@exemplo.com.br'] });
    const { account } = await createAccount();
    const { messageId, jobId } = await queue(mail(account.id, { to: 'ninguem@exemplo.com.br' }));
    startWorker();
    const [bounced] = await waitForRows([messageId], (r) => r.status === 'bounced', 'the bounce');
    expect(bounced.attempts).toBe(1);
    expect(bounced.lastError).toContain('550');
    // The row is written inside the handler, the job's outcome right after it.
    await waitForStatus(handle().db, jobId, 'failed');
    expect(sink.received).toHaveLength(0);
  });
});

describe('[NOTIFY] built-in outbox when SMTP_URL is not set', () => {
  it('stores the rendered mail, marks it sent to the outbox, and only the account’s admins can read it', async () => {
    newJob();
    setChannelAdapter('email', undefined);
    const a = await createAccount();
    const b = await createAccount();
    const pdf = await samplePdf();
    const { sha256: pdfSha } = await getBlobStore().put(pdf);
    const { messageId } = await queue(
      mail(a.account.id, { attachments: [{ sha256: pdfSha, filename: 'contrato-123.pdf', contentType: 'application/pdf' }] }),
    );
    startWorker();
    const [sent] = await waitForRows([messageId], (r) => r.status === 'sent', 'the outbox delivery');
    expect(sent).toMatchObject({ transport: 'outbox', providerId: `outbox:${messageId}`, attempts: 1 });

    const [stored] = await handle().db.select().from(outboxMails).where(eq(outboxMails.messageId, messageId));
    expect(stored.textEnc).not.toContain('tOkEn');
    expect(stored.htmlEnc).not.toContain('tOkEn');

    const page = await listOutbox(a.actors.admin);
    expect(page.rows.map((r) => [r.messageId, r.subject, r.toAddress, r.attachmentCount])).toEqual([
      [messageId, SUBJECT, 'jose.conceicao@exemplo.com.br', 1],
    ]);
    const read = await getOutboxMail(a.actors.admin, messageId);
    expect(read.subject).toBe(SUBJECT);
    expect(read.text).toContain(LINK);
    expect(read.html).toContain(`href="${LINK}"`);
    expect(read.attachments).toEqual([{ filename: 'contrato-123.pdf', contentType: 'application/pdf', size: pdf.length, sha256: pdfSha }]);

    expect(await code(listOutbox(a.actors.operator))).toBe('FORBIDDEN');
    expect(await code(getOutboxMail(a.actors.operator, messageId))).toBe('FORBIDDEN');
    expect((await listOutbox(b.actors.admin)).rows).toEqual([]);
    expect(await code(getOutboxMail(b.actors.admin, messageId))).toBe('NOT_FOUND');
    expect(await code(getOutboxMail(a.actors.admin, 'nao-e-um-id'))).toBe('NOT_FOUND');
  });

  it('stores a mail once even when its job runs again', async () => {
    newJob();
    setChannelAdapter('email', undefined);
    const { account, actors } = await createAccount();
    const { messageId, jobId } = await queue(mail(account.id));
    startWorker();
    await waitForRows([messageId], (r) => r.status === 'sent', 'the outbox delivery');
    await waitForStatus(handle().db, jobId, 'completed');
    // As if the worker had crashed after delivering: the job runs once more.
    await handle().db.update(jobs).set({ status: 'pending', runAt: now() }).where(eq(jobs.id, jobId));
    await waitForStatus(handle().db, jobId, 'completed');
    expect((await listOutbox(actors.admin)).rows).toHaveLength(1);
  });
});

describe('[NOTIFY] resending and tenancy', () => {
  it('staff resend a message as a new, logged row; the same mail arrives again', async () => {
    newJob();
    const { sink } = await smtp();
    const { account, actors } = await createAccount();
    const envelopeId = await newEnvelope(account.id);
    const { messageId } = await queue(mail(account.id, { envelopeId }));

    // Still queued: nothing to resend yet.
    expect(await code(resendMessage(actors.operator, { messageId }, { job }))).toBe('INVALID_STATE');
    startWorker();
    await waitForRows([messageId], (r) => r.status === 'sent', 'the first delivery');

    const again = await resendMessage(actors.operator, { messageId }, { job });
    expect(await code(resendMessage(actors.admin, { messageId }, { job }))).toBe('CONFLICT');
    const [resent] = await waitForRows([again.messageId], (r) => r.status === 'sent', 'the resend');
    expect(resent).toMatchObject({ resentFromId: messageId, envelopeId, createdBy: actors.operator.actorId, toAddress: 'jose.conceicao@exemplo.com.br' });
    expect(sink.received.map((m) => m.subject)).toEqual([SUBJECT, SUBJECT]);
    expect(sink.received[1].text).toContain(LINK);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(2);

    const history = await listEnvelopeMessages(actors.viewer, envelopeId);
    expect(history.map((m) => [m.id, m.resentFromId])).toEqual([
      [messageId, null],
      [again.messageId, messageId],
    ]);
    const log = await listActivity(actors.admin, { page: 1, entityType: 'message' });
    expect(log.rows.map((r) => [r.action, r.summary])).toEqual([
      ['message.resent', `Reenviou "${SUBJECT}" para jo***@exemplo.com.br`],
    ]);
  });

  it('a failed message can be tried again', async () => {
    newJob();
    const { sink } = await smtp();
    const { account, actors } = await createAccount();
    const { messageId } = await queue(mail(account.id));
    await handle().db.update(messages).set({ status: 'failed', attempts: 12, lastError: 'ECONNECTION: fora do ar' }).where(eq(messages.id, messageId));
    await handle().db.update(jobs).set({ status: 'failed' }).where(and(eq(jobs.type, job.type)));

    const failed = await listMessages(actors.admin, { status: ['failed', 'bounced'] });
    expect(failed.rows.map((m) => [m.id, m.lastError])).toEqual([[messageId, 'ECONNECTION: fora do ar']]);
    expect((await listUndeliveredMessages(actors.admin)).rows.map((m) => m.id)).toEqual([messageId]);
    const again = await resendMessage(actors.admin, { messageId }, { job });
    // Once resent, the failure is no longer waiting for someone to act on it.
    expect((await listUndeliveredMessages(actors.admin)).rows).toEqual([]);
    startWorker();
    await waitForRows([again.messageId], (r) => r.status === 'sent', 'the new try');
    expect(sink.received).toHaveLength(1);
  });

  it('another account cannot list or resend the messages; viewers cannot resend', async () => {
    newJob();
    setChannelAdapter('email', undefined);
    const a = await createAccount();
    const b = await createAccount();
    const envelopeId = await newEnvelope(a.account.id);
    const { messageId } = await queue(mail(a.account.id, { envelopeId }));
    startWorker();
    await waitForRows([messageId], (r) => r.status === 'sent', 'the delivery');

    expect(await listEnvelopeMessages(b.actors.admin, envelopeId)).toEqual([]);
    expect((await listMessages(b.actors.admin)).rows).toEqual([]);
    expect((await listUndeliveredMessages(b.actors.admin)).rows).toEqual([]);
    expect((await listMessages(a.actors.viewer)).rows.map((m) => m.id)).toEqual([messageId]);
    expect(await code(resendMessage(b.actors.owner, { messageId }, { job }))).toBe('NOT_FOUND');
    expect(await code(resendMessage(a.actors.viewer, { messageId }, { job }))).toBe('FORBIDDEN');
  });
});

describe('[NOTIFY] queueing', () => {
  it('commits the message and its job with the caller’s transaction, or neither', async () => {
    newJob();
    const { account } = await createAccount();
    let id: string | undefined;
    await expect(
      inTx(async (tx) => {
        id = (await queueMessage(tx, mail(account.id), { job })).messageId;
        throw new Error('a mudança que pediu o e-mail falhou');
      }),
    ).rejects.toThrow('falhou');
    expect(id).toBeDefined();
    expect(await row(id!)).toBeUndefined();
    expect(await handle().db.select().from(jobs).where(eq(jobs.type, job.type))).toEqual([]);
  });

  it('refuses what could never be sent, in the request that asks for it', async () => {
    newJob();
    const { account } = await createAccount();
    const refusal = (input: QueueMessageInput) =>
      queue(input).then(
        () => 'ok',
        (e) => (e instanceof AppError ? e.userMessage : String(e)),
      );
    expect(await refusal(mail(account.id, { to: 'sem-arroba' }))).toBe('E-mail de destino inválido: sem-arroba.');
    expect(await refusal(mail(account.id, { subject: ' ' }))).toBe('O e-mail está sem assunto.');
    expect(await refusal(mail(account.id, { body: 'Oi {{nome}}' }))).toContain('Variável desconhecida: {{nome}}');
    expect(await refusal(mail(account.id, { attachments: [{ sha256: 'a'.repeat(64), filename: 'x.pdf' }] }))).toBe(
      'O anexo "x.pdf" não foi encontrado no armazenamento.',
    );
    expect(await refusal(mail(account.id, { channel: 'whatsapp', to: '+5511987654321' }))).toBe(
      'O envio por WhatsApp não está configurado na integração deste documento (Canais de envio).',
    );
    expect((await listMessages({ accountId: account.id })).rows).toEqual([]);
  });
});
