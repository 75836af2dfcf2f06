import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MessageChannel } from './channel';

/**
 * "joao.silva@exemplo.com.br" → "jo***@exemplo.com.br": enough for staff to tell two people apart
 * in a list, without putting the whole address on screen or in logs.
 */
export function maskEmail(email: string): string {
  const at = email.trim().lastIndexOf('@');
  if (at < 1) return '***';
  const local = email.trim().slice(0, at);
  const domain = email.trim().slice(at + 1).toLowerCase();
  const keep = local.length <= 2 ? 1 : 2;
  return `${local.slice(0, keep)}***@${domain}`;
}

/** "+5511987654321" → "+55 11 9****-4321"; other countries "+44 ****-4321". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const last4 = digits.slice(-4);
  if (digits.length < 8) return '****';
  const parsed = parsePhoneNumberFromString(phone.trim().startsWith('+') ? phone.trim() : `+${digits}`);
  if (parsed?.countryCallingCode === '55') {
    const national = parsed.nationalNumber;
    const ddd = national.slice(0, 2);
    const lead = national.length === 11 ? national[2] : '';
    return `+55 ${ddd} ${lead}****-${last4}`;
  }
  return parsed ? `+${parsed.countryCallingCode} ****-${last4}` : `****-${last4}`;
}

export function maskAddress(channel: MessageChannel, to: string): string {
  return channel === 'email' ? maskEmail(to) : maskPhone(to);
}
