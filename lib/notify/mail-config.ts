import { env } from '../env';

/**
 * How e-mail leaves this installation: through SMTP when SMTP_URL is set, otherwise into the
 * built-in outbox (Caixa de saída) that admins read in the console.
 */
export function mailTransport(): 'smtp' | 'outbox' {
  return env().SMTP_URL ? 'smtp' : 'outbox';
}

export function isMailConfigured(): boolean {
  return mailTransport() === 'smtp';
}

export function mailFrom(): string {
  return env().RUBRICA_MAIL_FROM;
}
