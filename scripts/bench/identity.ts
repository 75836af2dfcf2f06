import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { imageForOcr } from '../../lib/identity/decode-image';
import { faceEngine } from '../../lib/identity/face-engine';
import { ocrWorker, recognizeText, stopOcrWorker } from '../../lib/identity/ocr-engine';
import { checkSelfie } from '../../lib/identity/run-checks';
import { idDocumentOf, selfieOf } from '../../lib/identity/testing/identity-fixtures';
import { acquirePortal, base, hook, stopPortal } from './signer-portal';
import type { Benchmark } from './types';

/*
 * Identity proof (issue 6). Budgets: server selfie check ≤ 500 ms, OCR of one document photo
 * ≤ 1.5 s, phone download for the selfie step ≤ 1 MB compressed, detection ≤ 60 ms per frame in
 * headless Chromium. The first two run in this process (face-api on the WASM backend, tesseract.js);
 * the last two against the production build with a fake webcam made from a face-api sample photo.
 */

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

let selfie: Buffer;
export const identitySelfieBenchmark: Benchmark = {
  name: 'identity: server selfie check (480×640, detect + landmarks + descriptor)',
  iterations: 10,
  async setup() {
    const before = process.memoryUsage().rss;
    const t = performance.now();
    await faceEngine();
    const loadMs = performance.now() - t;
    selfie = await selfieOf('ana');
    return `models loaded once in ${loadMs.toFixed(0)} ms, RSS +${mb(process.memoryUsage().rss - before)} MB; budget 500 ms`;
  },
  run: () => checkSelfie(selfie),
};

let documentPhoto: Buffer;
export const identityOcrBenchmark: Benchmark = {
  name: 'identity: OCR of one ID document photo (1200×756, por)',
  iterations: 5,
  warmup: 1,
  async setup() {
    const t = performance.now();
    await ocrWorker();
    const startMs = performance.now() - t;
    documentPhoto = await imageForOcr(await idDocumentOf('ana', { name: 'José da Conceição', cpf: '52998224725' }));
    return `worker started in ${startMs.toFixed(0)} ms; RSS with face models and OCR loaded ${mb(process.memoryUsage().rss)} MB; budget 1500 ms`;
  },
  run: () => recognizeText(documentPhoto),
  teardown: stopOcrWorker,
};

// ── the selfie step on the phone ────────────────────────────────────────────────────────────────
let camera: { browser: Browser; page: Page } | null = null;

async function fakeCameraFile() {
  const dir = path.join(os.tmpdir(), 'rubrica-bench-camera');
  mkdirSync(dir, { recursive: true });
  const jpg = path.join(dir, 'one-face.jpg');
  writeFileSync(jpg, await selfieOf('ana'));
  const y4m = path.join(dir, 'one-face.y4m');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', jpg, '-t', '1', '-r', '10', '-pix_fmt', 'yuv420p', y4m]);
  return y4m;
}

/** Bytes on the wire (compressed) of every response after `since`, and how many. */
function countBytes(page: Page) {
  const seen: { url: string; bytes: Promise<number> }[] = [];
  page.on('requestfinished', (req) => seen.push({ url: req.url(), bytes: req.sizes().then((s) => s.responseBodySize) }));
  return async () => {
    const sizes = await Promise.all(seen.map((s) => s.bytes));
    return { total: sizes.reduce((a, b) => a + b, 0), files: seen.map((s, i) => `${s.url.split('/').pop()!.split('?')[0]} ${(sizes[i] / 1024).toFixed(0)}`) };
  };
}

export const identityBrowserBenchmark: Benchmark = {
  name: 'identity: face detection per frame in headless Chromium (tiny detector, WASM, 224 px)',
  iterations: 20,
  warmup: 2,
  async setup() {
    await acquirePortal();
    const envelope = await hook<{ accountId: string; recipients: { role: string; email: string; url: string }[] }>('envelope', { integration: { requireSelfie: true } });
    const customer = envelope.recipients.find((r) => r.role === 'customer')!;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${await fakeCameraFile()}`],
    });
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'pt-BR' });
    const page = await context.newPage();
    camera = { browser, page };
    await page.goto(`${base}${new URL(customer.url).pathname}?etapa=acesso`);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    let code: string | null = null;
    for (let i = 0; i < 60 && !code; i++) {
      code = (await hook<{ code: string | null }>('outbox-code', { accountId: envelope.accountId, to: customer.email })).code;
      if (!code) await new Promise((r) => setTimeout(r, 250));
    }
    await page.getByLabel('Código recebido').fill(code!);
    // From here on, everything the phone downloads belongs to the identity step.
    const bytes = countBytes(page);
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await page.getByLabel('Li e concordo com o uso das minhas imagens para confirmar a minha identidade').check();
    await page.getByRole('button', { name: 'Concordar e continuar' }).click();
    await page.locator('[data-advice="ok"]').waitFor({ timeout: 60_000 });
    const { total, files } = await bytes();
    const assets = files.filter((f) => /face-api|wasm|tiny_face|\.js /.test(f));
    return `identity step downloads ${(total / 1024).toFixed(0)} KB compressed (budget 1024 KB): ${assets.join(', ')} KB`;
  },
  async run() {
    const { page } = camera!;
    const box = page.locator('[data-detect-ms]');
    const last = await box.getAttribute('data-detect-ms');
    // The next frame's detection time, as the camera screen measured it.
    for (let i = 0; i < 100; i++) {
      await page.waitForTimeout(20);
      const ms = await box.getAttribute('data-detect-ms');
      if (ms !== last) return { elapsedMs: Number(ms) };
    }
    return { elapsedMs: Number(await box.getAttribute('data-detect-ms')) };
  },
  async teardown() {
    await camera?.browser.close();
    camera = null;
    await stopPortal();
  },
};
