import { describe, expect, it } from 'vitest';
import { spellOutBrl, spellOutInteger } from './spell-out-brl';

describe('spellOutBrl (valor por extenso)', () => {
  it.each([
    [0, 'zero reais'],
    [1, 'um centavo'],
    [5, 'cinco centavos'],
    [100, 'um real'],
    [101, 'um real e um centavo'],
    [1500, 'quinze reais'],
    [10000, 'cem reais'],
    [10100, 'cento e um reais'],
    [123456, 'mil duzentos e trinta e quatro reais e cinquenta e seis centavos'],
    [100000, 'mil reais'],
    [110000, 'mil e cem reais'],
    [102000, 'mil e vinte reais'],
    [2_000_000_00, 'dois milhões de reais'],
    [1_000_000_00, 'um milhão de reais'],
    [1_500_000_00, 'um milhão e quinhentos mil reais'],
    [2_345_678_90, 'dois milhões trezentos e quarenta e cinco mil seiscentos e setenta e oito reais e noventa centavos'],
    [-5000, 'menos cinquenta reais'],
  ])('%i cents reads "%s"', (cents, expected) => {
    expect(spellOutBrl(cents)).toBe(expected);
  });

  it.each([
    [14, 'quatorze'],
    [19, 'dezenove'],
    [21, 'vinte e um'],
    [100, 'cem'],
    [999, 'novecentos e noventa e nove'],
    [1001, 'mil e um'],
    [21_000, 'vinte e um mil'],
    [1_000_000_000, 'um bilhão'],
  ])('%i is "%s"', (n, expected) => {
    expect(spellOutInteger(n)).toBe(expected);
  });

  it('refuses fractional cents', () => {
    expect(() => spellOutBrl(1.5)).toThrow(RangeError);
  });
});
