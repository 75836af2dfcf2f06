import { describe, expect, it } from 'vitest';
import { retryDelayCeilingMs, retryDelayMs } from './backoff';

describe('retry backoff', () => {
  it('doubles from 20 s after the first attempt and stops growing at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((a) => retryDelayCeilingMs(a) / 1000)).toEqual([
      20, 40, 80, 160, 320, 640, 1280, 2560, 3600,
    ]);
    expect(retryDelayCeilingMs(1000)).toBe(3_600_000);
  });

  it('jitters down by at most a quarter, never above the ceiling', () => {
    expect(retryDelayMs(3, () => 0)).toBe(80_000);
    expect(retryDelayMs(3, () => 0.999999)).toBeGreaterThanOrEqual(60_000);
    for (let i = 0; i < 1000; i++) {
      const d = retryDelayMs(12);
      expect(d).toBeLessThanOrEqual(3_600_000);
      expect(d).toBeGreaterThanOrEqual(2_700_000);
    }
  });

  it('copes with nonsense attempt counts', () => {
    expect(retryDelayCeilingMs(0)).toBe(10_000);
    expect(retryDelayCeilingMs(-3)).toBe(10_000);
  });
});
