/**
 * A fixed-window counter per key, in this process's memory: enough to stop one client hammering
 * a public page (the sealed-PDF verification). Several app servers each count on their own,
 * which multiplies the limit by their number, not more.
 */
type Window = { start: number; count: number };

type Holder = { __rubricaRateLimits?: Map<string, Window> };
const holder = globalThis as Holder;
const windows = (holder.__rubricaRateLimits ??= new Map());

export function takeRateLimit(key: string, limit: number, windowMs: number, at = Date.now()): { ok: boolean; retryAfterS: number } {
  const w = windows.get(key);
  if (!w || at - w.start >= windowMs) {
    windows.set(key, { start: at, count: 1 });
    if (windows.size > 50_000) sweep(at, windowMs);
    return { ok: true, retryAfterS: 0 };
  }
  w.count++;
  return { ok: w.count <= limit, retryAfterS: Math.max(1, Math.ceil((w.start + windowMs - at) / 1000)) };
}

function sweep(at: number, windowMs: number) {
  for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k);
}
