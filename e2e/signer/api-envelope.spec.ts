import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { codeFromOutbox } from '../signer-helpers';

type Hook = { body: string; headers: http.IncomingHttpHeaders };

/** A receiver for the account's webhooks, on loopback (the e2e server runs with RUBRICA_ALLOW_PRIVATE_WEBHOOKS=1). */
async function webhookReceiver() {
  const received: Hook[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ body, headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rubrica`, close: () => server.close() };
}

async function pdfBase64() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('Contrato enviado pela API', { x: 50, y: 780, size: 16, font });
  return Buffer.from(await doc.save()).toString('base64');
}

const hmacHex = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');
const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

test('[API] an envelope created through the API is signed in the portal; envelope.completed arrives signed; the documents download', async ({ page, request }) => {
  test.setTimeout(90_000);
  const receiver = await webhookReceiver();
  try {
    const account = (await (await request.post('/api/test/account', { data: {} })).json()) as { accountId: string };
    const { key } = (await (await request.post('/api/test/api-key', { data: { accountId: account.accountId } })).json()) as { key: string };
    const auth = { Authorization: `Bearer ${key}` };

    const hook = await request.post('/api/v1/webhooks', { headers: auth, data: { url: receiver.url, events: ['signer.signed', 'envelope.completed', 'envelope.sealed'] } });
    expect(hook.status(), await hook.text()).toBe(201);
    const { secret } = (await hook.json()) as { secret: string };

    const email = `carla.${Date.now()}@exemplo.com.br`;
    const created = await request.post('/api/v1/envelopes', {
      headers: { ...auth, 'Idempotency-Key': `e2e-${email}` },
      data: { name: 'Contrato de adesão', documents: [{ name: 'contrato.pdf', contentBase64: await pdfBase64() }], signers: [{ name: 'Carla Mendes', email, action: 'sign', delivery: 'email', auth: 'email' }] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const envelope = (await created.json()) as { id: string; signers: { url: string }[] };

    await page.goto(new URL(envelope.signers[0].url).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olá, Carla');
    await page.getByRole('link', { name: 'Começar' }).click();
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await page.getByLabel('Código recebido').fill(await codeFromOutbox(request, account.accountId, email));
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
    await page.getByRole('button', { name: 'Continuar para assinar' }).click();
    await page.getByLabel('Seu nome completo').fill('Carla Mendes');
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();

    // envelope.completed reaches the receiver, signed both ways with the endpoint's secret.
    await expect.poll(() => receiver.received.find((h) => JSON.parse(h.body).event === 'envelope.completed'), { timeout: 20_000 }).toBeTruthy();
    const completed = receiver.received.find((h) => JSON.parse(h.body).event === 'envelope.completed')!;
    // Every signature is in: the envelope is sealing (or already sealed by the time the hook is built).
    expect(JSON.parse(completed.body).data.envelope).toMatchObject({ id: envelope.id, status: expect.stringMatching(/^(sealing|completed)$/) });
    expect(same(String(completed.headers['content-hmac']), `sha256=${hmacHex(secret, completed.body)}`)).toBe(true);
    const ts = String(completed.headers['x-rubrica-timestamp']);
    expect(Math.abs(Date.now() / 1000 - Number(ts))).toBeLessThan(300);
    expect(same(String(completed.headers['x-rubrica-signature']), `v1=${hmacHex(secret, `${ts}.${completed.body}`)}`)).toBe(true);
    expect(receiver.received.some((h) => JSON.parse(h.body).event === 'signer.signed')).toBe(true);

    // envelope.sealed follows once the seal job has signed every document; then the API says completed.
    await expect.poll(() => receiver.received.some((h) => JSON.parse(h.body).event === 'envelope.sealed'), { timeout: 45_000 }).toBe(true);
    const got = await request.get(`/api/v1/envelopes/${envelope.id}`, { headers: auth });
    expect(((await got.json()) as { status: string }).status).toBe('completed');
    const original = await request.get(`/api/v1/envelopes/${envelope.id}/download?type=original`, { headers: auth });
    expect(original.headers()['content-type']).toBe('application/pdf');
    const originalBytes = await original.body();
    expect(originalBytes.subarray(0, 5).toString()).toBe('%PDF-');

    // The sealed PDF starts with the original's bytes (incremental update) and carries more after them.
    const sealed = await request.get(`/api/v1/envelopes/${envelope.id}/download?type=sealed`, { headers: auth });
    expect(sealed.status()).toBe(200);
    expect(sealed.headers()['content-type']).toBe('application/pdf');
    const sealedBytes = await sealed.body();
    expect(sealedBytes.length).toBeGreaterThan(originalBytes.length);
    expect(sealedBytes.subarray(0, originalBytes.length).equals(originalBytes)).toBe(true);
  } finally {
    receiver.close();
  }
});
