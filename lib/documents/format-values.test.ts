import { describe, expect, it } from 'vitest';
import { formatAddressLine, formatBrl, formatCep, formatDateBr, formatLongDateBr } from './format-values';

describe('formatBrl', () => {
  it.each([
    [0, 'R$ 0,00'],
    [5, 'R$ 0,05'],
    [100, 'R$ 1,00'],
    [123456, 'R$ 1.234,56'],
    [123456789, 'R$ 1.234.567,89'],
    [-5, '-R$ 0,05'],
    [-123456, '-R$ 1.234,56'],
  ])('%i cents reads %s', (cents, expected) => {
    expect(formatBrl(cents)).toBe(expected);
  });

  it('uses a plain space after R$, as people type it', () => {
    expect(formatBrl(123456)).not.toContain('\u00a0');
  });

  it('is empty when there is no price', () => {
    expect(formatBrl(null)).toBe('');
    expect(formatBrl(undefined)).toBe('');
  });

  it('refuses fractional cents instead of rounding a contract value silently', () => {
    expect(() => formatBrl(12.5)).toThrow(RangeError);
  });
});

describe('formatDateBr', () => {
  it('shows an instant in São Paulo time, not UTC, near midnight', () => {
    // 02:59 UTC on the 24th is still 23:59 on the 23rd in São Paulo (UTC−3).
    expect(formatDateBr(new Date('2026-11-24T02:59:00Z'))).toBe('23/11/2026');
    expect(formatDateBr(new Date('2026-11-24T03:00:00Z'))).toBe('24/11/2026');
    expect(formatDateBr('2026-01-01T02:00:00.000Z')).toBe('31/12/2025');
  });

  it('takes a calendar date as written, without moving it a day back', () => {
    expect(formatDateBr('2026-12-01')).toBe('01/12/2026');
    expect(formatDateBr('2027-01-01')).toBe('01/01/2027');
  });

  it('is empty for missing or invalid dates', () => {
    expect(formatDateBr(null)).toBe('');
    expect(formatDateBr(undefined)).toBe('');
    expect(formatDateBr('não é data')).toBe('');
  });
});

describe('formatLongDateBr', () => {
  it('writes the month in full', () => {
    expect(formatLongDateBr(new Date('2026-11-23T15:00:00Z'))).toBe('23 de novembro de 2026');
  });

  it('writes the first day of a month as 1º', () => {
    expect(formatLongDateBr('2026-03-01')).toBe('1º de março de 2026');
  });

  it('uses São Paulo time near midnight UTC', () => {
    expect(formatLongDateBr(new Date('2026-11-24T02:30:00Z'))).toBe('23 de novembro de 2026');
  });
});

describe('formatCep and formatAddressLine', () => {
  it('masks a CEP', () => {
    expect(formatCep('01310100')).toBe('01310-100');
    expect(formatCep('01310-100')).toBe('01310-100');
    expect(formatCep(null)).toBe('');
  });

  it('writes a full address on one line', () => {
    expect(
      formatAddressLine({
        addressStreet: 'Rua São João',
        addressNumber: '1500',
        addressComplement: 'Apto 32',
        addressDistrict: 'Consolação',
        addressCity: 'São Paulo',
        addressState: 'sp',
        addressPostalCode: '01310100',
      }),
    ).toBe('Rua São João, 1500, Apto 32, Consolação, São Paulo/SP, CEP 01310-100');
  });

  it('leaves missing parts out and writes s/n for a street without number', () => {
    expect(formatAddressLine({ addressStreet: 'Estrada Velha', addressCity: 'Itu', addressState: null })).toBe(
      'Estrada Velha, s/n, Itu',
    );
    expect(formatAddressLine({})).toBe('');
    expect(formatAddressLine(null)).toBe('');
  });
});
