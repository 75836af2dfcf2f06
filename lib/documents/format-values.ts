/*
 * How contract data reads inside a document. Every function returns '' for missing data, because a
 * filled template must never print "undefined", "null" or the list pages' "—" placeholder.
 */

const TZ = 'America/Sao_Paulo';

const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const shortDate = new Intl.DateTimeFormat('pt-BR', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('pt-BR', { timeZone: TZ, day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date without a time of day, as a `date` column returns it ("2026-11-23"). */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateInput = Date | string | null | undefined;

/** Integer cents → "R$ 1.234,56". */
export function formatBrl(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Valor em centavos inválido: ${cents}`);
  // Intl puts a no-break space after "R$"; a plain space is what people type and search for.
  return brl.format(cents / 100).replace(/\u00a0/g, ' ');
}

/**
 * A calendar date is taken as written; an instant is shown in São Paulo time. Reading "2026-11-23"
 * as UTC midnight would print 22/11/2026 in Brazil, one day early.
 */
function toInstant(value: Exclude<DateInput, null | undefined>): Date | null {
  if (typeof value === 'string') {
    const m = CALENDAR_DATE.exec(value);
    // Noon UTC is the same calendar day in São Paulo (UTC-3) whatever the season.
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** dd/mm/aaaa in São Paulo time. */
export function formatDateBr(value: DateInput): string {
  if (!value) return '';
  const d = toInstant(value);
  return d ? shortDate.format(d) : '';
}

/** "23 de novembro de 2026"; the first day of a month is written "1º", as Brazilian documents do. */
export function formatLongDateBr(value: DateInput): string {
  if (!value) return '';
  const d = toInstant(value);
  if (!d) return '';
  return longDate
    .formatToParts(d)
    .map((p) => (p.type === 'day' && p.value === '1' ? '1º' : p.value))
    .join('');
}

/** 01310100 → 01310-100; anything that is not 8 digits is shown as stored. */
export function formatCep(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/\D/g, '');
  return digits.length === 8 ? `${digits.slice(0, 5)}-${digits.slice(5)}` : value.trim();
}

/** The address columns every table shares (lib/db/schema/people.ts `addressColumns`). */
export type PostalAddress = {
  addressStreet?: string | null;
  addressNumber?: string | null;
  addressComplement?: string | null;
  addressDistrict?: string | null;
  addressCity?: string | null;
  addressState?: string | null;
  addressPostalCode?: string | null;
};

/** "Rua das Flores, 123, Apto 45, Centro, São Paulo/SP, CEP 01310-100"; missing parts are left out. */
export function formatAddressLine(address: PostalAddress | null | undefined): string {
  if (!address) return '';
  const clean = (v: string | null | undefined) => v?.trim() ?? '';
  const street = clean(address.addressStreet);
  const city = clean(address.addressCity);
  const state = clean(address.addressState).toUpperCase();
  const cep = formatCep(address.addressPostalCode);
  const parts = [
    // "s/n" (sem número) is how a street address without a number is written.
    street ? `${street}, ${clean(address.addressNumber) || 's/n'}` : '',
    clean(address.addressComplement),
    clean(address.addressDistrict),
    city && state ? `${city}/${state}` : city || state,
    cep ? `CEP ${cep}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
