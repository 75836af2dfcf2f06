import { describe, expect, it } from 'vitest';
import { centsToInput, formatBrl, parseBrlToCents } from './money';

describe('[CONTRACTS] price typed in reais, kept in cents', () => {
  it('reads the ways people type an amount', () => {
    expect(parseBrlToCents('99,90')).toBe(9990);
    expect(parseBrlToCents('R$ 1.234,56')).toBe(123456);
    expect(parseBrlToCents('1234,5')).toBe(123450);
    expect(parseBrlToCents('1234')).toBe(123400);
    expect(parseBrlToCents('1.234')).toBe(123400);
    expect(parseBrlToCents('1.234.567,89')).toBe(123456789);
    expect(parseBrlToCents('12.5')).toBe(1250);
    expect(parseBrlToCents('0,01')).toBe(1);
    expect(parseBrlToCents('0,29')).toBe(29);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1,2,3', '12,345', '1.23.4', '-5', '12.345,6.7']) expect(parseBrlToCents(bad)).toBeNull();
  });

  it('shows cents back as reais', () => {
    expect(formatBrl(123456)).toBe('R$ 1.234,56');
    expect(formatBrl(null)).toBe('—');
    expect(centsToInput(9990)).toBe('99,90');
    expect(centsToInput(123456)).toBe('1.234,56');
    expect(parseBrlToCents(centsToInput(123456))).toBe(123456);
  });
});
