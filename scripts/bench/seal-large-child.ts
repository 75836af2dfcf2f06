// Seals one PDF in a process of its own and prints wall time and peak RSS (scripts/bench/seal-pdf.ts).
import { readFileSync } from 'node:fs';
import { manifestFor, seal, signer } from './seal-fixtures';

const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const start = performance.now();
const sealed = await seal(bytes, manifestFor(300, [0, 1, 2].map((i) => signer(i, {}))));
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, sealedMb: sealed.length / 1048576 }));
