import { describe, expect, it } from 'vitest';
import { isVariableKey, templateVariables, variableGroupLabels } from './variables';

describe('the variable catalogue', () => {
  it('has unique pt-BR dotted keys, each with a label and a known group', () => {
    const keys = templateVariables.map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const v of templateVariables) {
      expect(v.key).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(v.label.length).toBeGreaterThan(1);
      expect(variableGroupLabels[v.group]).toBeTruthy();
    }
  });

  it('offers the variables the issue lists', () => {
    for (const key of [
      'cliente.nome', 'cliente.cpf_cnpj', 'cliente.email', 'cliente.telefone', 'cliente.endereco', 'cliente.cidade',
      'cliente.uf', 'cliente.cep', 'contrato.numero', 'contrato.plano', 'contrato.valor', 'contrato.valor_extenso',
      'contrato.data_inicio', 'contrato.dia_vencimento', 'filial.nome', 'filial.cnpj', 'filial.endereco',
      'responsavel.nome', 'responsavel.cpf', 'data.hoje', 'data.hoje_extenso',
    ]) {
      expect(isVariableKey(key), key).toBe(true);
    }
    expect(isVariableKey('cliente.nomee')).toBe(false);
  });
});
