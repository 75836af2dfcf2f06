/*
 * `npm run bench [-- <name filter>] [-- --iterations=N]`: runs the benchmarks registered in
 * scripts/bench/index.ts and prints the median and p95 wall time in milliseconds, plus the median
 * CPU time. Each benchmark gets a set-up call, untimed warm-up runs, then N timed runs one after
 * another (no concurrency), so the figures are latencies of one call on an otherwise idle process.
 */
import { performance } from 'node:perf_hooks';
import { benchmarks } from './bench/index';

const DEFAULT_ITERATIONS = 20;
const DEFAULT_WARMUP = 2;

function percentile(sorted: number[], p: number): number {
  // Nearest-rank: the smallest sample with at least p% of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function printTable(rows: Record<string, string>[]) {
  const headers = Object.keys(rows[0]);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => r[h].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(headers.map((h) => r[h])));
}

async function main() {
  const args = process.argv.slice(2);
  const iterationsArg = args.find((a) => a.startsWith('--iterations='));
  const forcedIterations = iterationsArg ? Number(iterationsArg.split('=')[1]) : undefined;
  const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
  const selected = benchmarks.filter((b) => filters.length === 0 || filters.some((f) => b.name.toLowerCase().includes(f)));
  if (selected.length === 0) {
    console.error(`Nenhum benchmark corresponde a: ${filters.join(', ')}`);
    process.exit(1);
  }

  const rows: Record<string, string>[] = [];
  for (const b of selected) {
    const iterations = forcedIterations ?? b.iterations ?? DEFAULT_ITERATIONS;
    process.stdout.write(`→ ${b.name} (${iterations}×)… `);
    const samples: number[] = [];
    const cpu: number[] = [];
    let note = '';
    try {
      note = (await b.setup?.()) ?? '';
      for (let i = 0; i < (b.warmup ?? DEFAULT_WARMUP); i++) await b.run();
      for (let i = 0; i < iterations; i++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const result = await b.run();
        const own = (result as { elapsedMs?: unknown } | null | undefined)?.elapsedMs;
        samples.push(typeof own === 'number' ? own : performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
    } finally {
      // Servers and browsers a benchmark started stop even when it fails.
      await b.teardown?.();
    }
    samples.sort((x, y) => x - y);
    cpu.sort((x, y) => x - y);
    console.log('ok');
    rows.push({
      benchmark: b.name,
      n: String(iterations),
      'median ms': median(samples).toFixed(1),
      'p95 ms': percentile(samples, 95).toFixed(1),
      'min ms': samples[0].toFixed(1),
      'max ms': samples[samples.length - 1].toFixed(1),
      // CPU time of the whole process (GC threads included): steadier than wall time on a busy machine.
      'cpu median ms': median(cpu).toFixed(1),
      note,
    });
  }
  console.log(`\nNode ${process.version}, ${new Date().toISOString()}\n`);
  printTable(rows);
}

await main();
