const BASE_MS = 10_000;
const CAP_MS = 60 * 60_000;

/**
 * How long a failed job waits before its next attempt: 10 s · 2^attempts, capped at 1 h, minus up
 * to 25 % jitter so jobs that failed together (a provider outage) do not all come back at once.
 * Never above the un-jittered value, so tests can advance the clock by retryDelayCeilingMs().
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = retryDelayCeilingMs(attempts);
  return Math.round(ceiling * (1 - 0.25 * random()));
}

export function retryDelayCeilingMs(attempts: number): number {
  const exp = Math.min(Math.max(attempts, 0), 30);
  return Math.min(CAP_MS, BASE_MS * 2 ** exp);
}
