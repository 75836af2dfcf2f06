import { describe, expect, it } from 'vitest';
import { buildSampleContext } from './build-sample-context';
import { buildVariableValues, type TemplateContext } from './build-variable-values';

const now = new Date('2026-11-23T15:00:00Z');

describe('buildVariableValues', () => {
  it('fills every variable from the sample customer, formatted for a contract', () => {
    expect(buildVariableValues(buildSampleContext(now))).toEqual({
      'cliente.nome': 'Maria da Conceição Araújo',
      'cliente.cpf_cnpj': '123.456.789-09',
      'cliente.email': 'maria.araujo@exemplo.com.br',
      'cliente.telefone': '(11) 98765-4321',
      'cliente.endereco': 'Rua São João, 1500, Apto 32, Consolação, São Paulo/SP, CEP 01310-100',
      'cliente.cidade': 'São Paulo',
      'cliente.uf': 'SP',
      'cliente.cep': '01310-100',
      'contrato.numero': '2026/000123',
      'contrato.plano': 'Plano Empresarial Plus',
      'contrato.valor': 'R$ 1.234,56',
      'contrato.valor_extenso': 'mil duzentos e trinta e quatro reais e cinquenta e seis centavos',
      'contrato.data_inicio': '01/12/2026',
      'contrato.dia_vencimento': '10',
      'filial.nome': 'Filial Paulista',
      'filial.cnpj': '12.ABC.345/01DE-35',
      'filial.endereco': 'Avenida Paulista, 1000, 10º andar, Bela Vista, São Paulo/SP, CEP 01310-200',
      'responsavel.nome': 'João Sebastião Gonçalves',
      'responsavel.cpf': '529.982.247-25',
      'data.hoje': '23/11/2026',
      'data.hoje_extenso': '23 de novembro de 2026',
    });
  });

  it('masks a company customer CNPJ, numeric or alphanumeric, typed with or without punctuation', () => {
    const ctx = buildSampleContext(now);
    expect(buildVariableValues({ ...ctx, customer: { ...ctx.customer, taxId: '11222333000181' } })['cliente.cpf_cnpj']).toBe(
      '11.222.333/0001-81',
    );
    expect(buildVariableValues({ ...ctx, customer: { ...ctx.customer, taxId: '12.abc.345/01de-35' } })['cliente.cpf_cnpj']).toBe(
      '12.ABC.345/01DE-35',
    );
    expect(buildVariableValues({ ...ctx, branch: { ...ctx.branch, cnpj: '12.345.678/0001-95' } })['filial.cnpj']).toBe(
      '12.345.678/0001-95',
    );
  });

  it('takes "today" in São Paulo time', () => {
    const values = buildVariableValues(buildSampleContext(new Date('2026-11-24T02:30:00Z')));
    expect(values['data.hoje']).toBe('23/11/2026');
    expect(values['data.hoje_extenso']).toBe('23 de novembro de 2026');
  });

  it('renders missing optional data as empty text, never "undefined", "null" or "—"', () => {
    const bare: TemplateContext = {
      customer: { name: 'Zé', taxId: '12345678909' },
      contract: { number: '7' },
      branch: { name: 'Matriz' },
      now,
    };
    const values = buildVariableValues(bare);
    for (const [key, value] of Object.entries(values)) {
      expect(value, key).not.toMatch(/undefined|null|NaN|—/);
    }
    expect(values['cliente.email']).toBe('');
    expect(values['cliente.telefone']).toBe('');
    expect(values['cliente.endereco']).toBe('');
    expect(values['contrato.valor']).toBe('');
    expect(values['contrato.valor_extenso']).toBe('');
    expect(values['contrato.data_inicio']).toBe('');
    expect(values['contrato.dia_vencimento']).toBe('');
    expect(values['filial.cnpj']).toBe('');
    expect(values['responsavel.nome']).toBe('');
    expect(values['responsavel.cpf']).toBe('');
  });

  it('spells out a zero price rather than leaving it empty', () => {
    const ctx = buildSampleContext(now);
    const values = buildVariableValues({ ...ctx, contract: { ...ctx.contract, priceCents: 0 } });
    expect(values['contrato.valor']).toBe('R$ 0,00');
    expect(values['contrato.valor_extenso']).toBe('zero reais');
  });
});
