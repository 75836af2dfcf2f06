import { describe, expect, it } from 'vitest';
import { findMalformedVariables, findUnknownVariables, findVariableReferences } from './find-unknown-variables';
import { describeUnknownVariables, findTemplateProblems, MAX_TEMPLATE_LENGTH, templateSourceSchema } from './validate-template';

describe('findUnknownVariables', () => {
  it('accepts known variables, with or without spaces inside the braces', () => {
    expect(findUnknownVariables('Eu, {{cliente.nome}}, CPF {{ cliente.cpf_cnpj }}, em {{  data.hoje\t}}.')).toEqual([]);
  });

  it('finds a misspelt variable', () => {
    expect(findUnknownVariables('Eu, {{cliente.nomee}}, CPF {{cliente.cpf_cnpj}}')).toEqual(['cliente.nomee']);
  });

  it('finds each unknown variable once, in order, also with spaces inside the braces', () => {
    expect(findUnknownVariables('{{ b.x }} {{a.y}} {{b.x}} {{cliente.nome}} {{Cliente.Nome}}')).toEqual([
      'b.x',
      'a.y',
      'Cliente.Nome',
    ]);
  });

  it('refuses a half-typed or empty variable instead of printing it', () => {
    expect(findUnknownVariables('{{cliente nome}} {{}}')).toEqual(['cliente nome', '']);
  });

  it('reports where each variable is', () => {
    expect(findVariableReferences('Olá {{ cliente.nome }}!')).toEqual([{ key: 'cliente.nome', index: 4, length: 18 }]);
  });
});

describe('findMalformedVariables', () => {
  it('finds braces that do not close', () => {
    expect(findMalformedVariables('Eu, {{cliente.nome}, residente')).toEqual(['{{cliente.nome}, residente']);
    expect(findMalformedVariables('CPF cliente.cpf_cnpj}} fim')).toEqual(['CPF cliente.cpf_cnpj}}']);
    expect(findMalformedVariables('{{cliente.nome}} e {single}')).toEqual([]);
  });
});

describe('validation messages', () => {
  it('names a single unknown variable', () => {
    expect(describeUnknownVariables(['cliente.nomee'])).toBe('Variável desconhecida: {{cliente.nomee}}');
  });

  it('names several unknown variables in the plural', () => {
    expect(describeUnknownVariables(['a.b', 'c.d'])).toBe('Variáveis desconhecidas: {{a.b}} e {{c.d}}');
    expect(describeUnknownVariables(['a.b', 'c.d', 'e.f'])).toBe('Variáveis desconhecidas: {{a.b}}, {{c.d}} e {{e.f}}');
  });

  it('lists nothing for a good template', () => {
    expect(findTemplateProblems('# Contrato\n\n{{cliente.nome}}')).toEqual([]);
  });
});

describe('templateSourceSchema', () => {
  it('accepts a template with known variables', () => {
    const source = '# Contrato\n\nEu, {{ cliente.nome }}.';
    expect(templateSourceSchema.parse(source)).toBe(source);
  });

  it('refuses saving a template with an unknown variable, naming it', () => {
    const result = templateSourceSchema.safeParse('Eu, {{cliente.nomee}}.');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Variável desconhecida: {{cliente.nomee}}']);
  });

  it('names every unknown variable in one plural message', () => {
    const result = templateSourceSchema.safeParse('{{x.y}} {{ cliente.nome }} {{ contrato.valorr }}');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Variáveis desconhecidas: {{x.y}} e {{contrato.valorr}}']);
  });

  it('refuses an unclosed variable', () => {
    const result = templateSourceSchema.safeParse('Eu, {{cliente.nome, residente');
    expect(result.error?.issues[0].message).toMatch(/^Variável incompleta perto de “\{\{cliente\.nome, residente”/);
  });

  it('refuses an empty or huge body', () => {
    expect(templateSourceSchema.safeParse('  \n ').error?.issues[0].message).toBe('Escreva o texto do documento.');
    expect(templateSourceSchema.safeParse('a'.repeat(MAX_TEMPLATE_LENGTH + 1)).success).toBe(false);
  });
});
