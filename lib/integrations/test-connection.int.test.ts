import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createIntegration } from './create-integration';
import { createIntegrationInput } from './schemas';
import { testIntegrationConnection } from './test-connection';

setupTestDb();

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/** A stand-in provider on 127.0.0.1: records each request and answers with the status asked for. */
let server: http.Server;
let base: string;
let seen: Seen[] = [];
let reply: { status: number; hang?: boolean; location?: string } = { status: 200 };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (reply.hang) return; // never answers: the client must give up on its own
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.location ? { location: reply.location } : {}) });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const common = { sendMethod: 'contract', requireIdDocument: false, requireSelfie: false, requireHandwritten: false };

async function setUp(over: Record<string, unknown>) {
  const { actors } = await createAccount();
  const { integrationId } = await createIntegration(
    actors.admin,
    createIntegrationInput.parse({ description: 'Teste', environment: 'sandbox', serviceUrl: base, ...common, ...over }),
  );
  seen = [];
  return (opts?: { timeoutMs?: number }) => testIntegrationConnection(actors.admin, { integrationId }, opts);
}

describe('[INTEGRATIONS] Testar conexão', () => {
  it('Clicksign: token in the Authorization header (no Bearer), JSON:API accept; 2xx is ok', async () => {
    const test = await setUp({ provider: 'clicksign', apiUser: 'api@empresa.com.br', apiToken: 'cs-token-1' });
    reply = { status: 200 };
    const result = await test();
    expect(result.ok).toBe(true);
    expect(result.message).toContain('funcionando');
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe('GET');
    expect(seen[0].url).toMatch(/^\/api\/v3\/envelopes/);
    expect(seen[0].headers.authorization).toBe('cs-token-1');
    expect(seen[0].headers.accept).toBe('application/vnd.api+json');
  });

  it('Clicksign: 401 and 403 mean the token was refused', async () => {
    const test = await setUp({ provider: 'clicksign', apiUser: 'api@empresa.com.br', apiToken: 'errado' });
    for (const status of [401, 403]) {
      reply = { status };
      expect(await test()).toEqual({ ok: false, message: 'Token recusado pelo provedor.' });
    }
  });

  it('ArqSign: AppKey and SubscriptionKey headers on the users search', async () => {
    const test = await setUp({ provider: 'arqsign', apiToken: 'app-key-1', apiPassword: 'sub-key-1' });
    reply = { status: 200 };
    expect((await test()).ok).toBe(true);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/v1/usuarios/buscar-usuarios' });
    expect(seen[0].headers.appkey).toBe('app-key-1');
    expect(seen[0].headers.subscriptionkey).toBe('sub-key-1');
    reply = { status: 401 };
    expect((await test()).message).toBe('Token recusado pelo provedor.');
  });

  it('TOTVS: logs in with userName and password as JSON; a refused login is reported as such', async () => {
    const test = await setUp({ provider: 'totvs_tae', apiUser: 'usuario@empresa.com.br', apiPassword: 'senha-tae' });
    reply = { status: 200 };
    expect((await test()).ok).toBe(true);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/identityintegration/v3/auth/login' });
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0].body)).toEqual({ userName: 'usuario@empresa.com.br', password: 'senha-tae' });
    reply = { status: 400 };
    expect((await test()).message).toBe('Usuário ou senha recusados pelo provedor.');
  });

  it('server errors, wrong paths and redirects are explained; redirects are not followed', async () => {
    const test = await setUp({ provider: 'clicksign', apiUser: 'api@empresa.com.br', apiToken: 't' });
    reply = { status: 503 };
    expect((await test()).message).toContain('respondeu com erro (HTTP 503)');
    reply = { status: 404 };
    expect((await test()).message).toContain('Confira a URL do serviço');
    seen = [];
    reply = { status: 302, location: `${base}/elsewhere` };
    const r = await test();
    expect(r.ok).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it('no answer within the time limit, or nobody listening: "Não foi possível conectar a <host>"', async () => {
    const test = await setUp({ provider: 'clicksign', apiUser: 'api@empresa.com.br', apiToken: 't' });
    reply = { status: 200, hang: true };
    const host = new URL(base).host;
    const started = Date.now();
    expect(await test({ timeoutMs: 300 })).toEqual({ ok: false, message: `Não foi possível conectar a ${host}.` });
    expect(Date.now() - started).toBeLessThan(5000);
    reply = { status: 200 };

    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(
      actors.admin,
      createIntegrationInput.parse({
        provider: 'clicksign',
        description: 'Porta fechada',
        environment: 'sandbox',
        serviceUrl: `http://127.0.0.1:${port}`,
        apiUser: 'api@empresa.com.br',
        apiToken: 't',
        ...common,
      }),
    );
    expect(await testIntegrationConnection(actors.admin, { integrationId })).toEqual({
      ok: false,
      message: `Não foi possível conectar a 127.0.0.1:${port}.`,
    });
  });

  it('the built-in signer is always ready and makes no request', async () => {
    const test = await setUp({ provider: 'rubrica' });
    const r = await test();
    expect(r.ok).toBe(true);
    expect(r.message).toContain('sempre pronta');
    expect(seen).toHaveLength(0);
  });
});
