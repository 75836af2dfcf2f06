import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleEnviarProcesso } from '../api/arqsign/handle';
import { apiRequest, b64, createApiAccount, makePdf } from '../api/testing/api-fixtures';
import { now } from '../clock';
import { getDb } from '../db/client';
import { jobs, webhookDeliveries } from '../db/schema';
import { completeEnvelope } from '../envelopes/complete-envelope';
import { resetEnvCache } from '../env';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { registerAllJobs } from '../jobs/handlers';
import { runWorker, type JobWorker } from '../jobs/run-worker';
import { silentLogger, waitFor } from '../jobs/test-support';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { listWebhookDeliveries, resendWebhookDelivery } from './deliveries';
import { createWebhookEndpoint, type WebhookActor } from './endpoints';
import { webhookEventByEvidenceType } from './events';
import { verifyRubricaSignature } from './signature';
import { createHmac } from 'node:crypto';

setupTestDb();

type Received = { path: string; headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let server: http.Server;
let base: string;
let worker: JobWorker;
let pdf: string;

beforeAll(async () => {
  process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS = '1';
  resetEnvCache();
  useTemporaryBlobStore();
  pdf = b64(await makePdf());
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url!, headers: req.headers, body });
      if (req.url!.startsWith('/down')) {
        res.writeHead(503).end('fora do ar');
      } else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  registerAllJobs();
  worker = runWorker({ db: await getDb(), types: ['webhooks.fan-out', 'webhooks.deliver'], pollIntervalMs: 20, staleAfterMs: false, logger: silentLogger });
});

afterAll(async () => {
  await worker?.stop({ timeoutMs: 2000 });
  server?.close();
  delete process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS;
  resetEnvCache();
});

async function newProcess(s: Awaited<ReturnType<typeof createApiAccount>>) {
  const res = await handleEnviarProcesso(
    apiRequest('/x', {
      method: 'POST',
      key: s.key,
      body: {
        idResponsavel: s.actors.operator.actorId,
        nomeProcesso: 'Contrato com webhook',
        idPasta: s.folder.id,
        usarOrdemAssinatura: 0,
        usarPosicaoAssinaturaAutomatica: 1,
        destinatarios: [{ idTipoAcao: 1, nome: 'Maria', email: 'maria@exemplo.com.br', assinarOnline: { assinarComo: 1, idTipoAssinatura: 1, assinaturaEletronica: { obrigarSignatarioInformarNome: 0, obrigarSignatarioInformarNumeroDocumento: 0, tipoDocumentoAInformar: 1 } } }],
        documentos: [{ nomeComExtensao: 'c.pdf', arquivo: pdf }],
      },
    }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { IdProcesso: string }).IdProcesso;
}

const actorOf = (s: Awaited<ReturnType<typeof createApiAccount>>): WebhookActor => ({ ...s.actors.admin, role: 'admin' });

describe('[WEBHOOKS]', () => {
  it('delivers the subscribed events, signed both ways (Content-Hmac and X-Rubrica-Signature)', async () => {
    const s = await createApiAccount();
    const path = `/ok-${s.account.id}`;
    const endpoint = await createWebhookEndpoint(actorOf(s), { url: `${base}${path}`, events: ['envelope.created', 'envelope.completed'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const envelopeId = await newProcess(s);
    await completeEnvelope(await getDb(), envelopeId, now());

    const mine = await waitFor(() => {
      const got = received.filter((r) => r.path === path);
      return got.length >= 2 ? got : undefined;
    });
    const events = mine.map((r) => JSON.parse(r.body) as { event: string; data: { envelope: { id: string; status: string } } });
    expect(events.map((e) => e.event).sort()).toEqual(['envelope.completed', 'envelope.created']);
    expect(events.every((e) => e.data.envelope.id === envelopeId)).toBe(true);
    for (const r of mine) {
      expect(r.headers['content-hmac']).toBe(`sha256=${createHmac('sha256', endpoint.secret).update(r.body).digest('hex')}`);
      expect(verifyRubricaSignature(endpoint.secret, r.body, r.headers['x-rubrica-timestamp'] as string, r.headers['x-rubrica-signature'] as string)).toBe(true);
      expect(verifyRubricaSignature('outro-segredo', r.body, r.headers['x-rubrica-timestamp'] as string, r.headers['x-rubrica-signature'] as string)).toBe(false);
    }
    const log = await waitFor(async () => {
      const rows = await listWebhookDeliveries(s.actors.admin);
      return rows.length === 2 && rows.every((d) => d.status === 'succeeded') ? rows : undefined;
    });
    expect(log[0]).toMatchObject({ lastStatusCode: 200, lastResponse: '{"ok":true}', attempts: 1 });
  });

  it('a receiver that fails is retried later, its answer is logged, and a delivery can be resent by hand', async () => {
    const s = await createApiAccount();
    const path = `/down-${s.account.id}`;
    await createWebhookEndpoint(actorOf(s), { url: `${base}${path}`, events: ['envelope.sent'] });
    await newProcess(s);
    const [failed] = await waitFor(async () => {
      const rows = await listWebhookDeliveries(s.actors.admin);
      return rows.length === 1 && rows[0].attempts === 1 ? rows : undefined;
    });
    expect(failed).toMatchObject({ event: 'envelope.sent', status: 'pending', lastStatusCode: 503, lastResponse: 'fora do ar', lastError: 'O destino respondeu 503' });
    const db = await getDb();
    // The delivery row is written by the handler; the job turns pending again just after it throws.
    const job = await waitFor(async () => {
      const [row] = await db.select().from(jobs).where(and(eq(jobs.type, 'webhooks.deliver'), eq(jobs.accountId, s.account.id)));
      return row?.status === 'pending' && row.attempts === 1 ? row : undefined;
    });
    expect(job.maxAttempts).toBe(32);
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 5_000);

    const copy = await resendWebhookDelivery({ ...actorOf(s) }, { id: failed.id });
    await waitFor(async () => {
      const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, copy.id));
      return row.attempts === 1 ? row : undefined;
    });
    expect(received.filter((r) => r.path === path)).toHaveLength(2);
  });

  it('refuses to post to a private address unless RUBRICA_ALLOW_PRIVATE_WEBHOOKS=1 (checked again at delivery)', async () => {
    const s = await createApiAccount();
    await createWebhookEndpoint(actorOf(s), { url: `${base}/private-${s.account.id}`, events: ['envelope.sent'] });
    process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS = '0';
    resetEnvCache();
    try {
      await newProcess(s);
      const [row] = await waitFor(async () => {
        const rows = await listWebhookDeliveries(s.actors.admin);
        return rows[0]?.attempts === 1 ? rows : undefined;
      });
      expect(row.lastError).toContain('rede interna');
      expect(received.some((r) => r.path === `/private-${s.account.id}`)).toBe(false);
    } finally {
      process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS = '1';
      resetEnvCache();
    }
  });

  it('the database trigger queues a fan-out for exactly the evidence types that map to webhook events', async () => {
    const s = await createApiAccount();
    await createWebhookEndpoint(actorOf(s), { url: `${base}/trigger-${s.account.id}`, events: ['envelope.sealed'] });
    const envelopeId = await newProcess(s);
    const db = await getDb();
    const count = async () => (await db.select().from(jobs).where(and(eq(jobs.type, 'webhooks.fan-out'), eq(jobs.accountId, s.account.id)))).length;
    const before = await count();
    for (const type of [...Object.keys(webhookEventByEvidenceType), 'code.sent', 'document.viewed_to_end']) {
      await db.transaction((tx) => recordEnvelopeEvent(tx, { accountId: s.account.id, envelopeId, type, actorType: 'system', occurredAt: now() }));
    }
    expect((await count()) - before).toBe(Object.keys(webhookEventByEvidenceType).length);
  });
});
