import { describe, expect, it } from 'vitest';
import { cnpjIsValid, cpfIsValid, formatTaxId, maskCpf, normalizeTaxId, taxIdKind } from './tax-id';

describe('CPF', () => {
  it.each(['529.982.247-25', '52998224725', '111.444.777-35', '123.456.789-09'])('accepts %s', (v) => expect(cpfIsValid(v)).toBe(true));
  it.each(['529.982.247-26', '111.111.111-11', '000.000.000-00', '1234567890', '123.456.789-0A'])('refuses %s', (v) =>
    expect(cpfIsValid(v)).toBe(false),
  );
  it('formats and masks', () => {
    expect(formatTaxId('52998224725')).toBe('529.982.247-25');
    expect(maskCpf('52998224725')).toBe('***.982.247-**');
  });
});

describe('CNPJ', () => {
  it.each(['11.222.333/0001-81', '11222333000181', '45.723.174/0001-10'])('accepts numeric %s', (v) => expect(cnpjIsValid(v)).toBe(true));
  // Examples from the Receita Federal's alphanumeric CNPJ technical note (July 2026 onwards).
  it.each(['12.ABC.345/01DE-35', '12abc34501de35'])('accepts alphanumeric %s', (v) => expect(cnpjIsValid(v)).toBe(true));
  it.each(['11.222.333/0001-82', '11.111.111/1111-11', '12.ABC.345/01DE-36', '12.ABC.345/01DE-3A', '1122233300018'])('refuses %s', (v) =>
    expect(cnpjIsValid(v)).toBe(false),
  );
  it('normalizes and formats the alphanumeric form', () => {
    expect(normalizeTaxId('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(formatTaxId('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
  });
});

describe('CPF or CNPJ', () => {
  it('tells which one a value is', () => {
    expect(taxIdKind('529.982.247-25')).toBe('cpf');
    expect(taxIdKind('11.222.333/0001-81')).toBe('cnpj');
    expect(taxIdKind('12.ABC.345/01DE-35')).toBe('cnpj');
    expect(taxIdKind('123')).toBeNull();
  });
});
