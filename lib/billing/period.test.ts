import { describe, expect, it } from 'vitest';
import { billingPeriod, overage } from './period';

describe('[PACKAGE] billing periods in Brasília time', () => {
  it('runs from the start day to the same day of the next month', () => {
    const p = billingPeriod(new Date('2026-11-30T12:00:00Z'), 10);
    expect([p.startDay, p.endDay]).toEqual(['2026-11-10', '2026-12-10']);
    expect(p.start.toISOString()).toBe('2026-11-10T03:00:00.000Z');
    expect(p.days).toHaveLength(30);
  });
  it('before the start day it is still last month’s period; late evening in Brasília is still that day', () => {
    expect(billingPeriod(new Date('2026-11-05T12:00:00Z'), 10).startDay).toBe('2026-10-10');
    // 01:30 UTC on the 10th is 22:30 on the 9th in Brasília: previous period.
    expect(billingPeriod(new Date('2026-11-10T01:30:00Z'), 10).startDay).toBe('2026-10-10');
    expect(billingPeriod(new Date('2027-01-03T12:00:00Z'), 5).startDay).toBe('2026-12-05');
    expect(billingPeriod(new Date('2026-11-30T12:00:00Z'), 1, -1).startDay).toBe('2026-10-01');
  });
  it('charges only documents beyond the package', () => {
    expect(overage(9, 10, 150)).toEqual({ documents: 0, costCents: 0 });
    expect(overage(13, 10, 150)).toEqual({ documents: 3, costCents: 450 });
  });
});
