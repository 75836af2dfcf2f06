import { cnpjIsValid, normalizeTaxId } from './tax-id';

/** Lower-case, accents removed, spaces collapsed: "  JOÃO  da Conceição" → "joao da conceicao". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What customers.search_text holds: folded name + tax id (digits, letters of the alphanumeric CNPJ
 * lower-cased) + e-mails. The trigram index on it serves every "contains" search of the list.
 */
export function buildCustomerSearchText(customer: { name: string; taxId: string; emails: readonly string[] }): string {
  return [customer.name, normalizeTaxId(customer.taxId), ...customer.emails].map(foldForSearch).filter(Boolean).join(' ');
}

export type CustomerSearch =
  /** Typed like a CPF/CNPJ: matched on tax_id by prefix (a complete one is simply the longest prefix). */
  | { by: 'taxId'; prefix: string }
  /** Anything else: search_text ILIKE pattern, with % and _ escaped. */
  | { by: 'text'; pattern: string };

/** Escapes LIKE wildcards so "50%" or "a_b" are searched literally (backslash is LIKE's default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}

/** Decides how the list searches for what was typed in the search box; null = no filter. */
export function parseCustomerSearch(q: string | undefined | null): CustomerSearch | null {
  const term = (q ?? '').trim();
  if (!term) return null;
  // Digits and CPF/CNPJ punctuation only: "529.982.247-25", "52998224725", "11.222".
  if (/^[\d\s./-]+$/.test(term) && /\d/.test(term)) return { by: 'taxId', prefix: term.replace(/\D/g, '') };
  // A complete alphanumeric CNPJ, with or without punctuation: "12.ABC.345/01DE-35".
  const normalized = normalizeTaxId(term);
  if (/^[0-9a-zA-Z\s./-]+$/.test(term) && /[A-Z]/.test(normalized) && normalized.length === 14 && cnpjIsValid(normalized)) {
    return { by: 'taxId', prefix: normalized };
  }
  const folded = foldForSearch(term);
  return folded ? { by: 'text', pattern: `%${escapeLike(folded)}%` } : null;
}
