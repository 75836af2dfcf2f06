import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates shown to people', () => {
  it('are in Brasília time as dd/mm/aaaa, not UTC', () => {
    // 02:30 UTC on 1 March is still 28 February, 23:30, in São Paulo (UTC-3).
    expect(formatDate(new Date('2026-03-01T02:30:00Z'))).toBe('28/02/2026');
    expect(formatDateTime(new Date('2026-03-01T02:30:00Z'))).toBe('28/02/2026 23:30');
  });
  it('show a dash when there is no date', () => {
    expect(formatDateTime(null)).toBe('—');
  });
});
