import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { buildSampleContext } from './build-sample-context';
import { fillTemplate } from './fill-template';
import type { DocumentBlock, TextRun } from './parse-template';
import { buildVariableValues } from './build-variable-values';
import type { VariableValues } from './variables';

const sample = buildVariableValues(buildSampleContext(new Date('2026-11-23T15:00:00Z')));
const tricky = '**Zé** | #1 _x_ <b>';
const values: VariableValues = { ...sample, 'cliente.nome': tricky };

const plain = (runs: TextRun[]) => runs.map((r) => r.text).join('');

describe('fillTemplate', () => {
  it('fills variables, tolerating spaces inside the braces', () => {
    const [p] = fillTemplate('Valor: {{ contrato.valor }} ({{contrato.valor_extenso}}).', sample);
    expect(p).toEqual({
      type: 'paragraph',
      content: [{ text: 'Valor: R$ 1.234,56 (mil duzentos e trinta e quatro reais e cinquenta e seis centavos).' }],
    });
  });

  it('reads headings, bold and italic, lists, tables, rules and page breaks', () => {
    const blocks = fillTemplate(
      [
        '# Contrato',
        '## Cláusula 1ª',
        'Texto **forte** e *ênfase*.',
        '1. um\n2. dois\n   - sub',
        '| Item | Valor |\n|---|--:|\n| Plano | {{contrato.valor}} |',
        '---',
        '<!-- quebra-de-pagina -->',
        'Fim.',
      ].join('\n\n'),
      sample,
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph', 'list', 'table', 'rule', 'pageBreak', 'paragraph']);
    expect(blocks[2]).toEqual({
      type: 'paragraph',
      content: [{ text: 'Texto ' }, { text: 'forte', bold: true }, { text: ' e ' }, { text: 'ênfase', italics: true }, { text: '.' }],
    });
    const list = blocks[3] as Extract<DocumentBlock, { type: 'list' }>;
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    expect(list.items[1][1]).toMatchObject({ type: 'list', ordered: false });
    expect(blocks[4]).toEqual({
      type: 'table',
      align: [null, 'right'],
      header: [[{ text: 'Item' }], [{ text: 'Valor' }]],
      rows: [[[{ text: 'Plano' }], [{ text: 'R$ 1.234,56' }]]],
    });
  });

  it('prints a customer name with Markdown characters literally, in every kind of block', () => {
    const blocks = fillTemplate(
      [
        '# {{cliente.nome}}',
        'Eu, {{cliente.nome}}, declaro.',
        '- {{cliente.nome}}',
        '| Nome | CPF |\n|---|---|\n| {{cliente.nome}} | {{cliente.cpf_cnpj}} |',
      ].join('\n\n'),
      values,
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'table']);
    const [heading, paragraph, list, table] = blocks as [
      Extract<DocumentBlock, { type: 'heading' }>,
      Extract<DocumentBlock, { type: 'paragraph' }>,
      Extract<DocumentBlock, { type: 'list' }>,
      Extract<DocumentBlock, { type: 'table' }>,
    ];
    expect(heading.content).toEqual([{ text: tricky }]);
    expect(paragraph.content).toEqual([{ text: `Eu, ${tricky}, declaro.` }]);
    expect(list.items[0]).toEqual([{ type: 'paragraph', content: [{ text: tricky }] }]);
    // The "|" in the name did not add a column.
    expect(table.rows).toEqual([[[{ text: tricky }], [{ text: '123.456.789-09' }]]]);
  });

  it('does not let a value start a list or heading at the beginning of a line', () => {
    const blocks = fillTemplate('{{cliente.nome}}', { ...sample, 'cliente.nome': '# 1. - Título' });
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ text: '# 1. - Título' }] }]);
  });

  it('does not fill variables that appear inside a value', () => {
    const blocks = fillTemplate('{{cliente.nome}} / {{contrato.valor}}', { ...sample, 'cliente.nome': '{{contrato.valor}} \uE0000\uE001' });
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ text: '{{contrato.valor}} \uE0000\uE001 / R$ 1.234,56' }] }]);
  });

  it('keeps a variable inside bold text bold', () => {
    const [p] = fillTemplate('**CONTRATANTE: {{cliente.nome}}**', values) as [Extract<DocumentBlock, { type: 'paragraph' }>];
    expect(p.content).toEqual([{ text: `CONTRATANTE: ${tricky}`, bold: true }]);
  });

  it('refuses to render an unknown variable rather than print braces into a contract', () => {
    expect(() => fillTemplate('Eu, {{cliente.nomee}}.', sample)).toThrow(AppError);
    expect(() => fillTemplate('Eu, {{cliente.nomee}}.', sample)).toThrow('Variável desconhecida: {{cliente.nomee}}');
  });

  it('writes typographic quotes, decodes entities and keeps "(c)" as written', () => {
    const [p] = fillTemplate('O "{{contrato.plano}}", item (c), A &amp; B d\'água.', sample) as [
      Extract<DocumentBlock, { type: 'paragraph' }>,
    ];
    expect(plain(p.content)).toBe('O “Plano Empresarial Plus”, item (c), A & B d’água.');
  });

  it('treats an indented paragraph as text, and raw HTML as text', () => {
    const blocks = fillTemplate('    Parágrafo recuado.\n\n<b>negrito</b>', sample);
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'Parágrafo recuado.' }] },
      { type: 'paragraph', content: [{ text: '<b>negrito</b>' }] },
    ]);
  });

  it('recognises the page break marker even right after a paragraph line', () => {
    const blocks = fillTemplate('Antes\n<!-- quebra-de-pagina -->\nDepois', sample);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'pageBreak', 'paragraph']);
  });

  it('keeps hard line breaks', () => {
    const [p] = fillTemplate('{{filial.nome}}\\\n{{filial.cnpj}}', sample) as [Extract<DocumentBlock, { type: 'paragraph' }>];
    expect(plain(p.content)).toBe('Filial Paulista\n12.ABC.345/01DE-35');
  });
});
