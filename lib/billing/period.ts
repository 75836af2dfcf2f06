/**
 * Billing periods in Brasília time: a period runs from day D (1..28) of one month, 00:00, to day D
 * of the next. Brazil keeps UTC−3 all year (no daylight saving since 2019), so local midnight is a
 * fixed instant.
 */
const TZ_OFFSET = '-03:00';
const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** yyyy-mm-dd of an instant in Brasília. */
export function localDate(at: Date): string {
  return parts.format(at);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
export const startOfLocalDay = (day: string) => new Date(`${day}T00:00:00${TZ_OFFSET}`);

export type BillingPeriod = { start: Date; end: Date; startDay: string; endDay: string; days: string[] };

/** The period that contains `at`; `offset` -1 is the one before, and so on. */
export function billingPeriod(at: Date, startDay: number, offset = 0): BillingPeriod {
  const [y, m, d] = localDate(at).split('-').map(Number);
  const month = d >= startDay ? m : m - 1;
  const startDayIso = iso(y, month + offset, startDay);
  const endDayIso = iso(y, month + offset + 1, startDay);
  const days: string[] = [];
  for (let t = Date.parse(`${startDayIso}T12:00:00Z`); t < Date.parse(`${endDayIso}T12:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return { start: startOfLocalDay(startDayIso), end: startOfLocalDay(endDayIso), startDay: startDayIso, endDay: endDayIso, days };
}

/** Documents beyond the package and what they cost so far (integer cents). */
export function overage(used: number, included: number, priceCents: number) {
  const extra = Math.max(0, used - included);
  return { documents: extra, costCents: extra * priceCents };
}
