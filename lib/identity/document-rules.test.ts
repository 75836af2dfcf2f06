import { describe, expect, it } from 'vitest';
import { bestNameMatch, cpfMatches, digitsAsPrinted, findCpfs, foldName, nameMatches, nameSimilarity, NAME_SIMILARITY_THRESHOLD } from './document-rules';

// What tesseract read from a generated RG (lib/identity/testing): labels, accents partly lost.
const rgText = `REPÚBLICA FEDERATIVA DO BRASIL
CARTEIRA DE IDENTIDADE
NOME .
JOSE DA CONCEIÇÃO
CPF
529.982.247-25
DATA DE NASCIMENTO
14/03/1986`;

describe('name on the document', () => {
  it('ignores accents, case and spacing', () => {
    expect(foldName('  JOSÉ  da CONCEIÇÃO ')).toBe('jose da conceicao');
    expect(nameSimilarity('JOSÉ DA CONCEIÇÃO', 'jose da conceicao')).toBe(1);
  });

  it('finds the signer among the labels of the card', () => {
    expect(nameMatches(rgText, 'José da Conceição')).toEqual({ passed: true, score: 1, found: 'jose da conceicao' });
  });

  it('forgives an OCR slip of one or two letters', () => {
    const r = nameMatches('NOME\nJ0SE DA CONCEICA0\nCPF', 'José da Conceição');
    expect(r.passed).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
    expect(r.score).toBeLessThan(1);
  });

  it('refuses someone else', () => {
    const r = nameMatches(rgText.replace('JOSE DA CONCEIÇÃO', 'MARIA ANTONIA GONÇALVES'), 'José da Conceição');
    expect(r.passed).toBe(false);
    expect(r.score).toBeLessThan(0.5);
  });

  it('refuses a document that has only the first name or drops a surname', () => {
    expect(nameMatches('NOME JOSE CPF', 'José da Conceição').passed).toBe(false);
    expect(nameMatches('NOME JOSE DA SILVA CPF', 'José da Conceição Santos').passed).toBe(false);
  });

  it('refuses a document with no text', () => {
    expect(bestNameMatch('', 'José da Conceição')).toEqual({ score: 0, found: null });
  });
});

describe('CPF on the document', () => {
  it('matches the exact digits whatever the punctuation', () => {
    expect(cpfMatches(rgText, '52998224725').passed).toBe(true);
    expect(cpfMatches('CPF 529 982 247 25', '529.982.247-25').passed).toBe(true);
    expect(cpfMatches('CPF 52998224725', '529.982.247-25').passed).toBe(true);
    expect(cpfMatches('CPF: 529.982.247/25', '52998224725').passed).toBe(true);
  });

  it('reads letters OCR mistakes for digits inside a number, and leaves words alone', () => {
    expect(findCpfs('CPF 529.982.2O7-25')).toEqual(['52998220725']);
    expect(findCpfs('CPF S29.982.247-2S')).toEqual(['52998224725']);
    expect(findCpfs('CPF 1l1.444.777-35')).toEqual(['11144477735']);
    expect(findCpfs('CPF |11.444.777-35')).toEqual(['11144477735']);
    expect(digitsAsPrinted('CPF DE SOUZA 12 DE MAIO')).toBe('CPF DE SOUZA 12 DE MAIO');
    expect(cpfMatches('NOME JOSE\nCPF 529.982.247-2S', '52998224725').passed).toBe(true);
  });

  it('refuses a CPF that differs in one digit', () => {
    const r = cpfMatches(rgText, '52998224726');
    expect(r).toEqual({ passed: false, found: ['52998224725'] });
  });

  it('does not take a longer number (RG, dates run together) for a CPF', () => {
    expect(findCpfs('RG 1529982247251')).toEqual([]);
    expect(findCpfs('14/03/1986')).toEqual([]);
    expect(cpfMatches('REGISTRO 152998224725', '52998224725').passed).toBe(false);
  });

  it('refuses when the document shows no CPF or the signer has none', () => {
    expect(cpfMatches('CARTEIRA DE IDENTIDADE', '52998224725').passed).toBe(false);
    expect(cpfMatches(rgText, '').passed).toBe(false);
  });
});
