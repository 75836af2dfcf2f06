import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { createBranchInput } from './schemas';

describe('[BRANCHES] branch form rules', () => {
  it('accepts a branch with only a name; blank fields become null', () => {
    const v = createBranchInput.parse({ name: 'Centro', cnpj: '', addressState: '', addressPostalCode: '', integrationId: '' });
    expect(v).toMatchObject({ name: 'Centro', cnpj: null, addressState: null, addressPostalCode: null, integrationId: null });
  });

  it('normalises CNPJ (numeric and alphanumeric), UF and CEP', () => {
    const v = createBranchInput.parse({ name: 'Sul', cnpj: '11.222.333/0001-81', addressState: 'rs', addressPostalCode: '90010-000' });
    expect(v).toMatchObject({ cnpj: '11222333000181', addressState: 'RS', addressPostalCode: '90010000' });
    expect(createBranchInput.parse({ name: 'Alfa', cnpj: '12.ABC.345/01DE-35' }).cnpj).toBe('12ABC34501DE35');
    expect(createBranchInput.parse(v)).toEqual(v);
  });

  it('refuses a bad CNPJ, UF or CEP with pt-BR messages', () => {
    const r = createBranchInput.safeParse({ name: 'Norte', cnpj: '11.222.333/0001-82', addressState: 'XX', addressPostalCode: '123' });
    expect(fieldErrors(r.error!)).toEqual({
      cnpj: ['CNPJ inválido: confira os 14 caracteres e os dígitos verificadores.'],
      addressState: ['Escolha a UF da lista.'],
      addressPostalCode: ['Informe o CEP com 8 dígitos, como 01310-100.'],
    });
  });
});
