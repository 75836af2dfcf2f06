import { describe, expect, it } from 'vitest';
import { buildPdfInlines } from './build-pdf-inlines';

const texts = (inlines: ReturnType<typeof buildPdfInlines>) => inlines.map((i) => i.text);

describe('buildPdfInlines', () => {
  it('makes one unbreakable inline per word, so lines break only at spaces', () => {
    const inlines = buildPdfInlines([{ text: 'e-mail de São Paulo/SP' }]);
    expect(texts(inlines)).toEqual(['e-mail ', 'de ', 'São ', 'Paulo/SP']);
    expect(inlines.every((i) => i.noWrap)).toBe(true);
  });

  it('keeps "R$" and "nº" on the same line as the number after them', () => {
    expect(texts(buildPdfInlines([{ text: 'valor de R$ 1.234,56 e contrato nº 123' }]))).toEqual([
      'valor ', 'de ', 'R$ 1.234,56 ', 'e ', 'contrato ', 'nº 123',
    ]);
  });

  it('joins punctuation and spaces to the word they touch across a change of style', () => {
    const inlines = buildPdfInlines([
      { text: '1.1.', bold: true },
      { text: ' Conforme o (' },
      { text: 'Anexo I', bold: true },
      { text: '), assinado.' },
    ]);
    expect(inlines).toEqual([
      { text: '1.1. ', bold: true, noWrap: true },
      { text: 'Conforme ', noWrap: true },
      { text: 'o ', noWrap: true },
      { text: '(Anexo ', bold: true, noWrap: true },
      { text: 'I), ', bold: true, noWrap: true },
      { text: 'assinado.', noWrap: true },
    ]);
  });

  it('keeps hard line breaks as breakable newlines', () => {
    expect(texts(buildPdfInlines([{ text: 'Filial Paulista\nCNPJ' }]))).toEqual(['Filial ', 'Paulista', '\n', 'CNPJ']);
  });

  it('lets a very long word (a URL) break rather than run past the margin', () => {
    const [inline] = buildPdfInlines([{ text: `https://exemplo.com.br/${'a'.repeat(60)}` }]);
    expect(inline.noWrap).toBe(false);
  });

  it('underlines links and does not glue punctuation onto them', () => {
    const inlines = buildPdfInlines([{ text: 'site', link: 'https://exemplo.com.br' }, { text: '.' }]);
    expect(inlines).toEqual([
      { text: 'site', link: 'https://exemplo.com.br', decoration: 'underline', color: '#1a4f8b', noWrap: true },
      { text: '.', noWrap: true },
    ]);
  });
});
