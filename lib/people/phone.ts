import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A Brazilian mobile number in E.164 (+55, DDD, nine digits starting with 9), or null. Accepts what
 * people type: "(11) 98765-4321", "11987654321", "+55 11 98765 4321", "055 11 98765-4321".
 */
export function normalizeMobile(value: string): string | null {
  const trimmed = value.trim().replace(/^0(?=55)/, '+').replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(trimmed, 'BR');
  if (!parsed || !parsed.isValid()) return null;
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  if (parsed.countryCallingCode === '55' && !/^\d{2}9\d{8}$/.test(parsed.nationalNumber)) return null;
  return parsed.number;
}

/** +5511987654321 → (11) 98765-4321; other countries in international format. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '—';
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === '55' ? parsed.formatNational() : parsed.formatInternational();
}
