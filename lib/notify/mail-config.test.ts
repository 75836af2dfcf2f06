import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from '../env';
import { isMailConfigured, mailFrom, mailTransport } from './mail-config';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function withEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

describe('[NOTIFY] mail configuration', () => {
  it('keeps mail in the outbox when SMTP_URL is unset or blank, from the default sender', () => {
    withEnv({ SMTP_URL: undefined, RUBRICA_MAIL_FROM: undefined });
    expect(mailTransport()).toBe('outbox');
    expect(isMailConfigured()).toBe(false);
    expect(mailFrom()).toBe('Rubrica <nao-responda@localhost>');
    withEnv({ SMTP_URL: '  ', RUBRICA_MAIL_FROM: '' });
    expect(mailTransport()).toBe('outbox');
    expect(mailFrom()).toBe('Rubrica <nao-responda@localhost>');
  });

  it('sends through SMTP when SMTP_URL is smtp:// or smtps://', () => {
    withEnv({ SMTP_URL: 'smtps://usuario:senha@smtp.exemplo.com.br:465', RUBRICA_MAIL_FROM: 'Serviços Ação <nao-responda@acao.com.br>' });
    expect(isMailConfigured()).toBe(true);
    expect(mailFrom()).toBe('Serviços Ação <nao-responda@acao.com.br>');
    withEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(mailTransport()).toBe('smtp');
  });

  it('names SMTP_URL and RUBRICA_MAIL_FROM when they are wrong, without echoing the password', () => {
    withEnv({ SMTP_URL: 'https://usuario:segredo@smtp.exemplo.com.br', RUBRICA_MAIL_FROM: 'Rubrica' });
    let message = '';
    try {
      env();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('SMTP_URL: SMTP_URL deve começar com smtp:// ou smtps://');
    expect(message).toContain('RUBRICA_MAIL_FROM: RUBRICA_MAIL_FROM deve ser um remetente como');
    expect(message).not.toContain('segredo');
    withEnv({ SMTP_URL: 'smtp://', RUBRICA_MAIL_FROM: undefined });
    expect(() => env()).toThrowError(/SMTP_URL deve começar com smtp:\/\/ ou smtps:\/\//);
  });
});
