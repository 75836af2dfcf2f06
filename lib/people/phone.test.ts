import { describe, expect, it } from 'vitest';
import { formatPhone, normalizeMobile } from './phone';

describe('Brazilian mobile numbers', () => {
  it.each([
    ['(11) 98765-4321', '+5511987654321'],
    ['11987654321', '+5511987654321'],
    ['+55 21 99876-5432', '+5521998765432'],
    ['0055 (31) 9 9123-4567', '+5531991234567'],
  ])('normalizes %s to E.164', (input, e164) => expect(normalizeMobile(input)).toBe(e164));

  it.each(['(11) 3456-7890', '(11) 8765-4321', '98765-4321', '(00) 98765-4321', 'abc'])('refuses %s (landline, no ninth digit, no DDD, invalid)', (v) =>
    expect(normalizeMobile(v)).toBeNull(),
  );

  it('formats for display', () => {
    expect(formatPhone('+5511987654321')).toBe('(11) 98765-4321');
  });
});
