/**
 * CPF shown as "***.456.789-**" — the middle digits, as Brazilian public bodies publish it under
 * the LGPD; enough to tell two people apart, useless to impersonate. A CNPJ is public: kept whole.
 */
export function maskTaxId(taxId: string | null | undefined): string | null {
  const raw = taxId?.trim();
  if (!raw) return null;
  const digits = raw.replace(/[^0-9A-Za-z]/g, '');
  if (/^\d{11}$/.test(digits)) return `***.${digits.slice(3, 6)}.${digits.slice(6, 9)}-**`;
  if (digits.length === 14) return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;
  return '***';
}
