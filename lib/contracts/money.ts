/**
 * Prices are typed the Brazilian way ("1.234,56", "R$ 99,90", "1234.5") and kept in integer cents.
 * Returns null for text that is not an amount.
 */
export function parseBrlToCents(text: string): number | null {
  let s = text.replace(/R\$/gi, '').replace(/\s|\u00a0/g, '');
  if (!s) return null;
  if (!/^\d[\d.,]*$/.test(s)) return null;
  if (s.includes(',')) {
    // Comma is the decimal separator; dots group thousands (only in groups of three).
    const [int, dec, extra] = s.split(',');
    if (extra !== undefined || !/^\d{1,2}$/.test(dec)) return null;
    if (int.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(int)) return null;
    s = `${int.replace(/\./g, '')}.${dec}`;
  } else if (s.includes('.')) {
    // "1.234" / "1.234.567" group thousands; "12.5" / "12.50" are decimals.
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
    else if (!/^\d+\.\d{1,2}$/.test(s)) return null;
  }
  const cents = Math.round(Number(s) * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const plain = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 → "R$ 1.234,56" (with a normal space, so text matches what people type and search for). */
export function formatBrl(cents: number | null | undefined): string {
  return cents == null ? '—' : brl.format(cents / 100).replace(/\u00a0/g, ' ');
}

/** 123456 → "1.234,56": what a price input shows for a saved value. */
export function centsToInput(cents: number | null | undefined): string {
  return cents == null ? '' : plain.format(cents / 100);
}
