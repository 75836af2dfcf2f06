import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { makePdf } from '../../lib/api/testing/api-fixtures';
import type { Benchmark } from './types';

/*
 * POST /api/v1/envelopes under load: a 200 KB PDF and 2 signers per envelope, against the production
 * build (scripts/serve.mjs, as `npm start` runs it) on PostgreSQL. Target: ≥ 100 creations/s with
 * p99 ≤ 300 ms. Needs a build and BENCH_DATABASE_URL (a PostgreSQL whose user may create
 * databases: each run creates its own next to it, migrated at boot, and drops it at the end). BENCH_CONCURRENCY (default 16) requests in flight for
 * BENCH_SECONDS (default 15) after 3 s of warm-up; BENCH_LOG=1 shows the server's output and every
 * refusal. Run it on a quiet machine: the load generator shares the CPU with the server. A request
 * that fails to connect (a keep-alive socket the server closed) counts as status 0.
 */

const port = Number(process.env.BENCH_API_PORT ?? 3291);
const base = `http://127.0.0.1:${port}`;
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);

let server: ChildProcess | null = null;
let dataDir = '';
let admin: postgres.Sql | null = null;
let runDb = '';
let key = '';
const bodies: Buffer[] = [];

async function waitForHealth(child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`o servidor saiu com código ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('o servidor não respondeu em 120 s');
}

async function hook<T>(name: string, data: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${base}/api/test/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  if (!res.ok) throw new Error(`hook ${name}: ${res.status}`);
  return (await res.json()) as T;
}

// node:http with keep-alive and bodies encoded once: the load generator shares these 2 cores with
// the server and PostgreSQL, and fetch (undici) spent ≈ 45 % of a core just sending 270 KB bodies.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/api/v1/envelopes`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, AppKey: key } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(ms: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const end = performance.now() + ms;
  let n = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const body = bodies[n++ % bodies.length];
      const t = performance.now();
      let status = 0;
      try {
        const res = await post(body);
        status = res.status;
        if (status !== 201 && process.env.BENCH_LOG) console.error(status, res.text.slice(0, 300));
      } catch (err) {
        if (process.env.BENCH_LOG) console.error('falha de conexão:', (err as { code?: string }).code ?? err);
      }
      latencies.push(performance.now() - t);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies: latencies.sort((a, b) => a - b), statuses, elapsed: performance.now() - started };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export const apiEnvelopeCreationBenchmark: Benchmark = {
  name: 'API: POST /api/v1/envelopes (PDF 200 KB, 2 signatários) sob carga — p99',
  iterations: 1,
  warmup: 0,
  async setup() {
    const url = process.env.BENCH_DATABASE_URL;
    if (!url) throw new Error('defina BENCH_DATABASE_URL (PostgreSQL) para este benchmark');
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`sem build em ${distDir}: rode \`npx next build\` antes`);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-bench-api-'));
    // A database of its own for each run, created next to BENCH_DATABASE_URL's and dropped at the
    // end: a queue left by an earlier run would otherwise be worked off during this one.
    admin = postgres(url, { max: 1, onnotice: () => {} });
    runDb = `rubrica_bench_${process.pid}_${Date.now()}`;
    await admin.unsafe(`create database "${runDb}"`);
    const runUrl = new URL(url);
    runUrl.pathname = `/${runDb}`;
    // BENCH_NODE_ARGS: extra flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
    server = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'scripts/serve.mjs'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RUBRICA_DATA_DIR: dataDir, RUBRICA_PUBLIC_URL: base, RUBRICA_TEST_HOOKS: '1', DATABASE_URL: runUrl.toString(), RUBRICA_ADMIN_PASSWORD: 'senha-do-benchmark',
        RUBRICA_SECRET: process.env.RUBRICA_SECRET ?? 'segredo-fixo-do-benchmark-da-api-0123456789' },
      stdio: process.env.BENCH_LOG ? ['ignore', 'inherit', 'inherit'] : 'ignore',
    });
    await waitForHealth(server);
    const account = await hook<{ accountId: string }>('account', {});
    key = (await hook<{ key: string }>('api-key', { accountId: account.accountId, rateLimitPerMinute: 1_000_000 })).key;
    // Distinct PDFs (≈ 200 KB each), so blob storage writes a new file every time as in real use.
    for (let i = 0; i < 32; i++) {
      const pdf = Buffer.from(await makePdf({ title: `Contrato ${i}`, padToBytes: 200_000 })).toString('base64');
      bodies.push(
        Buffer.from(JSON.stringify({
          name: `Contrato de carga ${i}`,
          documents: [{ name: 'contrato.pdf', contentBase64: pdf }],
          signers: [
            { name: 'Maria Souza', email: `maria${i}@exemplo.com.br` },
            { name: 'João Lima', email: `joao${i}@exemplo.com.br` },
          ],
        })),
      );
    }
    await load(3_000);
    return `${concurrency} em paralelo, ${seconds} s`;
  },
  async run() {
    const { latencies, statuses, elapsed } = await load(seconds * 1000);
    const ok = statuses.get(201) ?? 0;
    console.log(
      `\n   ${ok} envelopes criados em ${(elapsed / 1000).toFixed(1)} s → ${(ok / (elapsed / 1000)).toFixed(1)}/s · p50 ${pct(latencies, 50).toFixed(0)} ms · p99 ${pct(latencies, 99).toFixed(0)} ms · status ${[...statuses].map(([s, c]) => `${s}×${c}`).join(' ')}`,
    );
    return { elapsedMs: pct(latencies, 99) };
  },
  async teardown() {
    server?.kill('SIGTERM');
    if (server) await new Promise((r) => server!.once('exit', r));
    server = null;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (admin && runDb) await admin.unsafe(`drop database if exists "${runDb}" with (force)`);
    await admin?.end();
    admin = null;
  },
};
