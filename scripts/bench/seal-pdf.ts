import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeContract, makePng, makeScannedPdf, manifestFor, seal, selfieJpeg, signer } from './seal-fixtures';
import type { Benchmark } from './types';

let contract: Uint8Array;
let signers: ReturnType<typeof signer>[];

/** The target: a 20-page contract, 3 signers with selfies and drawn signatures, ≤ 300 ms. */
export const sealContractBenchmark: Benchmark = {
  name: 'seal 20-page contract, 3 signers (evidence + certificate + PAdES)',
  iterations: 15,
  warmup: 3,
  async setup() {
    contract = await makeContract(20);
    // Selfie-sized camera photos (480×640 JPEG, as the portal captures them) and drawn signatures (PNG).
    signers = [0, 1, 2].map((i) => signer(i, { selfie: selfieJpeg(i), drawing: makePng(600, 200, i + 11, 0) }));
    const sealed = await seal(contract, manifestFor(20, signers));
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    return `original ${kb(contract.length)}, selfie ${kb(signers[0].selfie!.length)}, sealed ${kb(sealed.length)}`;
  },
  run: () => seal(contract, manifestFor(20, signers)),
};

let large: Uint8Array;

/** A 300-page scan of about 40 MB: must seal without running out of memory; peak RSS measured in a fresh process. */
export const sealLargeBenchmark: Benchmark = {
  name: 'seal 300-page scanned PDF (~40 MB)',
  iterations: 3,
  warmup: 0,
  async setup() {
    large = await makeScannedPdf(300);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-bench-'));
    const file = path.join(dir, 'large.pdf');
    writeFileSync(file, large);
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seal-large-child.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', child, file], { encoding: 'utf8' });
    const { ms, peakRssMb, sealedMb } = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; peakRssMb: number; sealedMb: number };
    return `${(large.length / 1048576).toFixed(1)} MB → ${sealedMb.toFixed(1)} MB; fresh process: ${ms.toFixed(0)} ms, peak RSS ${peakRssMb.toFixed(0)} MB`;
  },
  run: () => seal(large, manifestFor(300, [0, 1, 2].map((i) => signer(i, {})))),
};
