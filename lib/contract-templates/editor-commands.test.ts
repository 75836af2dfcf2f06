import { describe, expect, it } from 'vitest';
import { PAGE_BREAK_MARKER } from '../documents/parse-template';
import { applyEdit, insertBlock, insertText, prefixLines, wrapSelection, type Edit, type EditorState } from './editor-commands';

/** Text with the selection written as [ ] (or a lone | for the cursor), to keep the cases readable. */
function state(marked: string): EditorState {
  const cursor = marked.indexOf('|');
  if (cursor >= 0) return { value: marked.replace('|', ''), start: cursor, end: cursor };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}
function show(s: EditorState, edit: Edit) {
  const v = applyEdit(s.value, edit);
  return edit.selStart === edit.selEnd ? `${v.slice(0, edit.selStart)}|${v.slice(edit.selStart)}` : `${v.slice(0, edit.selStart)}[${v.slice(edit.selStart, edit.selEnd)}]${v.slice(edit.selEnd)}`;
}
const run = (marked: string, cmd: (s: EditorState) => Edit) => show(state(marked), cmd(state(marked)));

describe('[TEMPLATES] editor toolbar commands', () => {
  it('inserts a variable at the cursor, or over the selection', () => {
    expect(run('Contratante: |, CPF', (s) => insertText(s, '{{cliente.nome}}'))).toBe('Contratante: {{cliente.nome}}|, CPF');
    expect(run('Contratante: [NOME], CPF', (s) => insertText(s, '{{cliente.nome}}'))).toBe('Contratante: {{cliente.nome}}|, CPF');
  });

  it('wraps the selection in bold or italic, leaving caught spaces outside', () => {
    expect(run('o [prazo ]de', (s) => wrapSelection(s, '**', 'negrito'))).toBe('o **[prazo]** de');
    expect(run('o |de', (s) => wrapSelection(s, '*', 'itálico'))).toBe('o *[itálico]*de');
  });

  it('makes lines headings or list items, replacing the marks they had', () => {
    expect(run('Intro\nCláusula [primeira]\nFim', (s) => prefixLines(s, () => '## ', 'Título'))).toBe('Intro\n[## Cláusula primeira]\nFim');
    expect(run('[- um\n- dois\n\n- três]', (s) => prefixLines(s, (i) => `${i + 1}. `, 'Item'))).toBe('[1. um\n2. dois\n\n3. três]');
    expect(run('# [Antigo]', (s) => prefixLines(s, () => '- ', 'Item'))).toBe('[- Antigo]');
    expect(run('Texto\n|', (s) => prefixLines(s, () => '- ', 'Item'))).toBe('Texto\n- [Item]');
  });

  it('puts a block on lines of its own', () => {
    expect(run('Fim do contrato.|', (s) => insertBlock(s, PAGE_BREAK_MARKER))).toBe(`Fim do contrato.\n\n${PAGE_BREAK_MARKER}\n\n|`);
    expect(run('|', (s) => insertBlock(s, '| A |\n| --- |'))).toBe('| A |\n| --- |\n\n|');
    expect(run('Um\n\n|\n\nDois', (s) => insertBlock(s, 'X'))).toBe('Um\n\nX|\n\nDois');
  });
});
