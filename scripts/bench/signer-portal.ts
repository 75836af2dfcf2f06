import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { measureFirstLoadJs } from '../../lib/testing/js-weight';
import type { Benchmark } from './types';

/*
 * The signer portal in a real browser (Debian chromium, 375×667 phone, cold cache each run), against
 * the production build served as `npm start` serves it, on a throw-away embedded database.
 * Needs a build first: `npx next build` (or NEXT_DIST_DIR=... for another build dir).
 * BENCH_PORT picks the port (default 3290).
 */

const port = Number(process.env.BENCH_PORT ?? 3290);
export const base = `http://127.0.0.1:${port}`;
const FIRST_LOAD_BUDGET_KB = 200;
const LONG_PDF_PAGES = 100;
const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'pt-BR' };

type Portal = { browser: Browser; server: ChildProcess; dataDir: string };
let portal: Promise<Portal> | null = null;
let users = 0;

async function waitForHealth(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`o servidor saiu com código ${server.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('o servidor não respondeu em 120 s');
}

/** Each benchmark's setup takes the shared server and browser; its teardown gives them back. */
export function acquirePortal(): Promise<Portal> {
  users++;
  return startPortal();
}

function startPortal(): Promise<Portal> {
  return (portal ??= (async () => {
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`sem build em ${distDir}: rode \`npx next build\` antes do benchmark do portal`);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-bench-'));
    const server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RUBRICA_DATA_DIR: dataDir, RUBRICA_PUBLIC_URL: base, RUBRICA_TEST_HOOKS: '1', DATABASE_URL: '', RUBRICA_ADMIN_PASSWORD: 'senha-do-benchmark' },
      stdio: 'ignore',
    });
    await waitForHealth(server);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    return { browser, server, dataDir };
  })());
}

export async function stopPortal() {
  if (--users > 0 || !portal) return;
  const { browser, server, dataDir } = await portal;
  portal = null;
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

export async function hook<T>(name: string, data: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${base}/api/test/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  if (!res.ok) throw new Error(`hook ${name}: ${res.status}`);
  return (await res.json()) as T;
}

type Envelope = { accountId: string; documents: { id: string; name: string; pageCount: number }[]; recipients: { role: string; email: string; url: string }[] };
const customerPath = (e: Envelope) => new URL(e.recipients.find((r) => r.role === 'customer')!.url).pathname;

// ── first load of /s/<token> ────────────────────────────────────────────────────────────────────
let landing = '';
export const signerLandingBenchmark: Benchmark = {
  name: 'signer portal: landing /s/<token>, cold cache (load event)',
  iterations: 8,
  warmup: 1,
  async setup() {
    const { browser } = await acquirePortal();
    landing = customerPath(await hook<Envelope>('envelope', {}));
    const context = await browser.newContext(phone);
    const weight = await measureFirstLoadJs(await context.newPage(), base + landing);
    await context.close();
    const kb = weight.gzipBytes / 1024;
    return `first-load JS ${kb.toFixed(1)} KB gzip in ${weight.files} files (${(weight.rawBytes / 1024).toFixed(0)} KB raw); budget ${FIRST_LOAD_BUDGET_KB} KB${kb > FIRST_LOAD_BUDGET_KB ? ' — OVER BUDGET' : ''}`;
  },
  async run() {
    const { browser } = await startPortal();
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(base + landing, { waitUntil: 'load' });
    const elapsedMs = Date.now() - start;
    await context.close();
    return { elapsedMs };
  },
  teardown: stopPortal,
};

// ── time to the first page of a 100-page PDF ────────────────────────────────────────────────────
let reading: { path: string; document: { id: string; name: string }; state: Awaited<ReturnType<BrowserContext['storageState']>> } | null = null;

async function openLongDocument(context: BrowserContext, throttle = 1) {
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(base + reading!.path, { waitUntil: 'networkidle' });
  const start = Date.now();
  await page.getByRole('button', { name: `Ler: ${reading!.document.name}` }).click();
  await page.locator('[data-box="1"][data-painted="1"]').waitFor({ timeout: 60_000 });
  return { page, elapsedMs: Date.now() - start };
}

/** Scrolls the whole page in 400-px steps, one per frame, and reports the frame times it saw. */
const SCROLL_THROUGH = `(async () => {
  const frames = [];
  let last = performance.now();
  let running = true;
  const tick = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const end = document.documentElement.scrollHeight;
  for (let y = 0; y < end; y += 400) {
    window.scrollTo(0, y);
    await new Promise((r) => requestAnimationFrame(r));
  }
  running = false;
  const sorted = frames.slice(1).sort((a, b) => a - b);
  return { frames: sorted.length, p95: sorted[Math.floor(sorted.length * 0.95)] || 0, canvases: document.querySelectorAll('canvas').length };
})()`;

export const signerFirstPageBenchmark: Benchmark = {
  name: `signer portal: tap "Ler" → first page of a ${LONG_PDF_PAGES}-page PDF painted, cold cache`,
  iterations: 8,
  warmup: 1,
  async setup() {
    const { browser } = await acquirePortal();
    const envelope = await hook<Envelope>('envelope', { termPages: LONG_PDF_PAGES });
    const customer = envelope.recipients.find((r) => r.role === 'customer')!;
    const path = customerPath(envelope);
    // Prove the e-mail code once; every run reuses the signer's session cookie in a fresh browser.
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${base}${path}?etapa=acesso`);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    let code: string | null = null;
    for (let i = 0; i < 60 && !code; i++) {
      code = (await hook<{ code: string | null }>('outbox-code', { accountId: envelope.accountId, to: customer.email })).code;
      if (!code) await new Promise((r) => setTimeout(r, 250));
    }
    await page.getByLabel('Código recebido').fill(code!);
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await page.getByRole('heading', { name: 'Leia os documentos' }).waitFor();
    const long = envelope.documents.find((d) => d.pageCount === LONG_PDF_PAGES)!;
    reading = { path, document: long, state: await context.storageState() };
    await context.close();

    // Once on a CPU slowed 4×, closer to a modest phone, and a scroll to the last page.
    const slow = await browser.newContext({ ...phone, storageState: reading.state });
    const { page: slowPage, elapsedMs: slowMs } = await openLongDocument(slow, 4);
    // A string, not a function: tsx's transpiler would add helpers the page does not have.
    const scroll = (await slowPage.evaluate(SCROLL_THROUGH)) as { frames: number; p95: number; canvases: number };
    await slow.close();
    return `4× CPU slowdown: first page ${slowMs} ms; scrolling all ${LONG_PDF_PAGES} pages in 400-px steps: ${scroll.frames} frames, p95 frame ${scroll.p95.toFixed(0)} ms, ${scroll.canvases} canvases alive at the end`;
  },
  async run() {
    const { browser } = await startPortal();
    const context = await browser.newContext({ ...phone, storageState: reading!.state });
    const { elapsedMs } = await openLongDocument(context);
    await context.close();
    return { elapsedMs };
  },
  teardown: stopPortal,
};
