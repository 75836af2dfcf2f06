import { describe, expect, it } from 'vitest';
import { takeToken } from './rate-limit';

describe('per-key rate limit', () => {
  it('lets a burst up to the limit through, then asks to wait, then refills', () => {
    const t = 1_000_000;
    for (let i = 0; i < 60; i++) expect(takeToken('k-burst', 60, t)).toBe(0);
    expect(takeToken('k-burst', 60, t)).toBe(1);
    expect(takeToken('k-burst', 60, t + 1000)).toBe(0);
  });
  it('keeps keys apart', () => {
    for (let i = 0; i < 2; i++) takeToken('k-a', 2, 0);
    expect(takeToken('k-a', 2, 0)).toBeGreaterThan(0);
    expect(takeToken('k-b', 2, 0)).toBe(0);
  });
});
