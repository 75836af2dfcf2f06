import { formatCnh, isValidCnh } from '@brazilian-utils/brazilian-utils';
import type { DocumentNumberRequest, ProvidedDocumentNumber } from '../db/schema';
import { cpfIsValid, formatTaxId } from '../people/tax-id';

/**
 * The document number a sender may require at the sign step (reference 004
 * "obrigarSignatarioInformarNumeroDocumento", "tipoDocumentoAInformar" 1 CPF, 2 CNH, 3 RG, 4 outro
 * with "nomeDocumento", "formatoDadosDocumento" 1 texto / 2 numérico and "qtdeCaracteresDocumento").
 * Pure: the sign form shows the same label and limits the server checks.
 */
export type DocumentNumberField = {
  label: string;
  hint: string;
  inputMode: 'numeric' | 'text';
  maxLength: number;
};

const LABELS = { cpf: 'CPF', cnh: 'CNH (número de registro)', rg: 'RG' } as const;

export function documentNumberField(request: DocumentNumberRequest): DocumentNumberField {
  switch (request.type) {
    case 'cpf':
      return { label: LABELS.cpf, hint: '11 números, com ou sem pontos e traço.', inputMode: 'numeric', maxLength: 14 };
    case 'cnh':
      return { label: LABELS.cnh, hint: 'Os 11 números do registro, impressos na sua CNH.', inputMode: 'numeric', maxLength: 14 };
    case 'rg':
      return { label: LABELS.rg, hint: 'Números (e letra X, se houver), como no seu documento.', inputMode: 'text', maxLength: 20 };
    case 'other':
      return {
        label: request.label,
        hint: request.format === 'numeric' ? `${request.length} números.` : `${request.length} caracteres (letras e números).`,
        inputMode: request.format === 'numeric' ? 'numeric' : 'text',
        maxLength: request.length + 10,
      };
  }
}

export type DocumentNumberCheck = { ok: true; value: ProvidedDocumentNumber } | { ok: false; message: string };

/** Checks and normalises what the signer typed; the message says what to fix, in pt-BR. */
export function checkDocumentNumber(request: DocumentNumberRequest, typed: string | null | undefined): DocumentNumberCheck {
  const raw = String(typed ?? '').trim();
  const field = documentNumberField(request);
  if (!raw) return { ok: false, message: `Informe seu ${field.label}.` };
  const digits = raw.replace(/[\s.\-/]/g, '');
  const done = (number: string): DocumentNumberCheck => ({ ok: true, value: { type: request.type, label: field.label, number } });
  switch (request.type) {
    case 'cpf':
      if (!/^\d{11}$/.test(digits)) return { ok: false, message: 'O CPF tem 11 números.' };
      return cpfIsValid(digits) ? done(formatTaxId(digits)) : { ok: false, message: 'CPF inválido: confira os números.' };
    case 'cnh':
      if (!/^\d{11}$/.test(digits)) return { ok: false, message: 'O número de registro da CNH tem 11 números.' };
      return isValidCnh(digits) ? done(formatCnh(digits)) : { ok: false, message: 'Número da CNH inválido: confira os números.' };
    case 'rg': {
      const v = digits.toUpperCase();
      return /^\d{4,13}[0-9X]$/.test(v) ? done(v) : { ok: false, message: 'RG inválido: use de 5 a 14 números (e a letra X no fim, se houver).' };
    }
    case 'other': {
      const v = raw.replace(/\s+/g, ' ');
      if (request.format === 'numeric') {
        if (!/^\d+$/.test(digits)) return { ok: false, message: `${request.label}: use somente números.` };
        return digits.length === request.length ? done(digits) : { ok: false, message: `${request.label}: informe exatamente ${request.length} números.` };
      }
      if (!/^[\p{L}\p{N} .\-/]+$/u.test(v)) return { ok: false, message: `${request.label}: use letras e números.` };
      return v.length === request.length ? done(v) : { ok: false, message: `${request.label}: informe exatamente ${request.length} caracteres.` };
    }
  }
}
