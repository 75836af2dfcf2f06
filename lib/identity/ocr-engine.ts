import 'server-only';
import path from 'node:path';
import { packageDir } from './package-dir';

// tesseract.js with the Portuguese trained data from @tesseract.js-data/por, offline: the data is
// read from the package folder, never downloaded or cached elsewhere. One worker per process,
// started on first use (≈ 0.5–0.7 s), then ≈ 0.1–0.4 s per photo.

type Worker = import('tesseract.js').Worker;
type Holder = { __rubricaOcrWorker?: Promise<Worker>; __rubricaOcrQueue?: Promise<unknown> };
const holder = globalThis as Holder;

async function start(): Promise<Worker> {
  const mod = (await import('tesseract.js')) as typeof import('tesseract.js') & { default?: typeof import('tesseract.js') };
  const { createWorker, OEM } = mod.default ?? mod;
  const langPath = path.join(packageDir('@tesseract.js-data/por'), '4.0.0_best_int');
  return createWorker('por', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
}

export function ocrWorker(): Promise<Worker> {
  holder.__rubricaOcrWorker ??= start().catch((err: unknown) => {
    holder.__rubricaOcrWorker = undefined;
    throw err;
  });
  return holder.__rubricaOcrWorker;
}

/** The text of a photo (JPEG/PNG bytes), one recognition at a time. */
export function recognizeText(image: Buffer): Promise<string> {
  const run = (holder.__rubricaOcrQueue ?? Promise.resolve()).then(async () => {
    const worker = await ocrWorker();
    const { data } = await worker.recognize(image);
    return data.text;
  });
  holder.__rubricaOcrQueue = run.catch(() => undefined);
  return run;
}

/** Tests and the benchmark stop the worker so the process can exit. */
export async function stopOcrWorker() {
  const w = holder.__rubricaOcrWorker;
  holder.__rubricaOcrWorker = undefined;
  if (w) await (await w).terminate();
}
