/** Limits of the signer's access proof (issue: Espaço do Signatário). */
export const CODE_TTL_MS = 10 * 60 * 1000;
export const CODE_RESEND_INTERVAL_MS = 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
/**
 * One code a minute with 5 tries each would still allow ~7,000 guesses a day at a 6-digit code;
 * a daily cap keeps a whole envelope's life far below one chance in a thousand.
 */
export const MAX_CODES_PER_DAY = 10;
export const TOO_MANY_CODES_MESSAGE = 'Você pediu muitos códigos nas últimas 24 horas. Tente novamente mais tarde ou fale com quem enviou o documento.';

/** "Restam 3 tentativas." / "Resta 1 tentativa." */
export function wrongCodeMessage(remaining: number): string {
  return remaining === 1 ? 'Código incorreto. Resta 1 tentativa.' : `Código incorreto. Restam ${remaining} tentativas.`;
}

export function waitMessage(seconds: number): string {
  return seconds === 1 ? 'Aguarde 1 segundo para pedir um novo código.' : `Aguarde ${seconds} segundos para pedir um novo código.`;
}
