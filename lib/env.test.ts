import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from './env';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe('environment validated at start', () => {
  it('names the bad variable and says what to fix', () => {
    process.env.PORT = 'abc';
    process.env.RUBRICA_PUBLIC_URL = 'localhost';
    expect(() => env()).toThrowError(/PORT: PORT deve ser um número de porta[\s\S]*RUBRICA_PUBLIC_URL: RUBRICA_PUBLIC_URL deve ser uma URL completa/);
  });

  it('refuses a short RUBRICA_SECRET', () => {
    process.env.RUBRICA_SECRET = 'curto';
    expect(() => env()).toThrowError(/RUBRICA_SECRET deve ter pelo menos 32 caracteres/);
  });

  it('has working defaults when nothing is set', () => {
    delete process.env.PORT;
    delete process.env.DATABASE_URL;
    delete process.env.RUBRICA_PUBLIC_URL;
    delete process.env.RUBRICA_DATA_DIR;
    const e = env();
    expect(e.PORT).toBe(3000);
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.publicUrl).toBe('http://localhost:3000');
    expect(e.dataDir).toMatch(/\/data$/);
  });
});
