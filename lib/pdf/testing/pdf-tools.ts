// Debian's PDF tools (poppler-utils, qpdf, openssl) as independent judges of our PDFs, for tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tmpFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-pdf-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Runs a Debian tool and returns stdout (and stderr), never throwing on a non-zero exit. */
export function run(cmd: string, args: string[], opts: { cwd?: string } = {}): { code: number; out: string } {
  try {
    const out = execFileSync(cmd, args, { cwd: opts.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).out)?.[1] ?? 0);
}

/** The CMS of the first signature, as pdfsig itself extracts it. */
export function dumpSignature(file: string): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-sig-'));
  run('pdfsig', ['-nocert', '-dump', file], { cwd: dir });
  const sig = readdirSync(dir).find((f) => /\.sig\d+$/.test(f));
  if (!sig) throw new Error(`pdfsig -dump não extraiu assinatura de ${file}`);
  // The dump keeps the placeholder's zero padding: cut at the DER length of the outer SEQUENCE.
  const der = readFileSync(path.join(dir, sig));
  const n = der[1] & 0x7f;
  const length = der[1] < 0x80 ? 2 + der[1] : 2 + n + der.subarray(2, 2 + n).reduce((acc, b) => acc * 256 + b, 0);
  return der.subarray(0, length);
}

/** Page 1 rendered as grayscale PGM bytes (pdftoppm): equal bytes = identical pixels. */
export function renderPage(file: string, page: number): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-ppm-'));
  run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '60', '-gray', file, path.join(dir, 'p')]);
  const out = readdirSync(dir)[0];
  return readFileSync(path.join(dir, out));
}
