import { generateCnh, generateCpf } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';
import { checkDocumentNumber, documentNumberField } from './document-number';

describe('the document number a sender requires at signing', () => {
  it('accepts a CPF with valid check digits, with or without punctuation, and shows it formatted', () => {
    const cpf = generateCpf();
    const formatted = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
    expect(checkDocumentNumber({ type: 'cpf' }, cpf)).toEqual({ ok: true, value: { type: 'cpf', label: 'CPF', number: formatted } });
    expect(checkDocumentNumber({ type: 'cpf' }, ` ${formatted} `)).toMatchObject({ ok: true });
  });

  it('refuses a CPF with wrong check digits or the wrong length, saying what is wrong', () => {
    const cpf = generateCpf();
    const wrong = cpf.slice(0, 10) + String((Number(cpf[10]) + 1) % 10);
    expect(checkDocumentNumber({ type: 'cpf' }, wrong)).toEqual({ ok: false, message: 'CPF inválido: confira os números.' });
    expect(checkDocumentNumber({ type: 'cpf' }, '123')).toEqual({ ok: false, message: 'O CPF tem 11 números.' });
    expect(checkDocumentNumber({ type: 'cpf' }, '')).toEqual({ ok: false, message: 'Informe seu CPF.' });
  });

  it('checks the CNH registration number digits', () => {
    expect(checkDocumentNumber({ type: 'cnh' }, generateCnh())).toMatchObject({ ok: true });
    expect(checkDocumentNumber({ type: 'cnh' }, '11111111111')).toMatchObject({ ok: false });
  });

  it('accepts an RG of 5 to 14 characters with a final X', () => {
    expect(checkDocumentNumber({ type: 'rg' }, '12.345.678-x')).toEqual({ ok: true, value: { type: 'rg', label: 'RG', number: '12345678X' } });
    expect(checkDocumentNumber({ type: 'rg' }, '12')).toMatchObject({ ok: false });
  });

  it('holds another document to its own name, format and exact length', () => {
    const matricula = { type: 'other', label: 'Matrícula', format: 'numeric', length: 6 } as const;
    expect(checkDocumentNumber(matricula, '123456')).toEqual({ ok: true, value: { type: 'other', label: 'Matrícula', number: '123456' } });
    expect(checkDocumentNumber(matricula, '12345')).toEqual({ ok: false, message: 'Matrícula: informe exatamente 6 números.' });
    expect(checkDocumentNumber(matricula, '12345a')).toEqual({ ok: false, message: 'Matrícula: use somente números.' });
    const codigo = { type: 'other', label: 'Código do cliente', format: 'text', length: 5 } as const;
    expect(checkDocumentNumber(codigo, 'AB12C')).toMatchObject({ ok: true });
    expect(checkDocumentNumber(codigo, 'AB12')).toEqual({ ok: false, message: 'Código do cliente: informe exatamente 5 caracteres.' });
    expect(documentNumberField(matricula)).toMatchObject({ label: 'Matrícula', inputMode: 'numeric' });
  });
});
