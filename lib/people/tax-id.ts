import { formatCnpj, formatCpf, isValidCnpj, isValidCpf } from '@brazilian-utils/brazilian-utils';

export type TaxIdKind = 'cpf' | 'cnpj';

/** Strips punctuation and upper-cases: "12.abc.345/01de-35" → "12ABC34501DE35". */
export function normalizeTaxId(value: string): string {
  return value.replace(/[^0-9a-zA-Z]/g, '').toUpperCase();
}

export function cpfIsValid(value: string): boolean {
  const v = normalizeTaxId(value);
  return /^\d{11}$/.test(v) && isValidCpf(v);
}

/** Numeric CNPJ, and the alphanumeric CNPJ issued from July 2026 (letters in the first 12 places). */
export function cnpjIsValid(value: string): boolean {
  const v = normalizeTaxId(value);
  if (!/^[0-9A-Z]{12}\d{2}$/.test(v)) return false;
  return /[A-Z]/.test(v) ? isValidCnpj(v, { version: 2 }) : isValidCnpj(v);
}

/** CPF or CNPJ, recognised by length; null when neither is valid. */
export function taxIdKind(value: string): TaxIdKind | null {
  const v = normalizeTaxId(value);
  if (v.length === 11 && cpfIsValid(v)) return 'cpf';
  if (v.length === 14 && cnpjIsValid(v)) return 'cnpj';
  return null;
}

/** 123.456.789-09 or 12.345.678/0001-95 (also the alphanumeric form). */
export function formatTaxId(value: string): string {
  const v = normalizeTaxId(value);
  if (v.length === 11) return formatCpf(v);
  if (v.length === 14) return formatCnpj(v, /[A-Z]/.test(v) ? { version: 2 } : undefined);
  return value;
}

/** For evidence and lists shown to third parties: ***.456.789-** */
export function maskCpf(value: string): string {
  const v = normalizeTaxId(value);
  return v.length === 11 ? `***.${v.slice(3, 6)}.${v.slice(6, 9)}-**` : formatTaxId(v);
}
