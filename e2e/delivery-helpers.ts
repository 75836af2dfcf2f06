import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role } from './fixtures';

export type CloudRequest = { path: string; authorization?: string; json: { to: string; template: { name: string; components: { type: string; parameters: { text: string }[] }[] } } };

/**
 * A WhatsApp Business Cloud API stand-in on 127.0.0.1: it records every template message it gets
 * and answers what the test says (200 with a wamid by default, or an error).
 */
export async function startCloudApi() {
  const requests: CloudRequest[] = [];
  let reply: () => { status: number; body: unknown } = () => ({ status: 200, body: { messaging_product: 'whatsapp', messages: [{ id: `wamid.e2e${requests.length}` }] } });
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
      const out = reply();
      res.writeHead(out.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out.body));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v21.0`,
    requests,
    respond(fn: () => { status: number; body: unknown }) {
      reply = fn;
    },
    /** Template messages sent to a number (digits only, as on the wire). */
    to: (digits: string) => requests.filter((r) => r.json.to === digits),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export type DeliveryEnvelope = {
  accountId: string;
  password: string;
  users: Record<Role, { id: string; email: string }>;
  envelopeId: string;
  name: string;
  recipients: { id: string; name: string; role: string; email: string | null; phone: string | null; url: string }[];
};

export async function createDeliveryEnvelope(request: APIRequestContext, data: { whatsappUrl?: string; customerEmail?: string; extra?: number; smtpUrl?: string } = {}): Promise<DeliveryEnvelope> {
  const res = await request.post('/api/test/delivery-envelope', { data });
  expect(res.ok(), await res.text()).toBeTruthy();
  return res.json();
}

/** Reloads until the server's worker has done its part. */
export async function eventually(page: Page, check: () => Promise<void>, timeout = 20_000) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout });
}
