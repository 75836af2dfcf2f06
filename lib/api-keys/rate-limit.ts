type Bucket = { tokens: number; updatedAt: number };

// On globalThis: Next may load this module in more than one bundle of the same process.
const holder = globalThis as { __rubricaApiBuckets?: Map<string, Bucket> };
const buckets = (holder.__rubricaApiBuckets ??= new Map());

/**
 * Token bucket per key: `perMinute` requests a minute, with bursts up to that many. Kept in the
 * process's memory: one server enforces it exactly; N servers behind a balancer allow up to N×.
 * Returns 0 when the request may go on, else the seconds to wait (for Retry-After).
 */
export function takeToken(keyId: string, perMinute: number, at = Date.now()): number {
  const rate = perMinute / 60_000;
  const b = buckets.get(keyId) ?? { tokens: perMinute, updatedAt: at };
  b.tokens = Math.min(perMinute, b.tokens + (at - b.updatedAt) * rate);
  b.updatedAt = at;
  buckets.set(keyId, b);
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
}

export function resetRateLimits() {
  buckets.clear();
}
