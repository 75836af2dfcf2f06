import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';

process.env.RUBRICA_SECRET ??= 'segredo-de-teste-com-mais-de-32-caracteres';

describe('secrets at rest', () => {
  it('round-trips and never stores the clear text', () => {
    const sealed = sealSecret('token-super-secreto', 'integration.apiToken');
    expect(sealed).not.toContain('token-super-secreto');
    expect(openSecret(sealed, 'integration.apiToken')).toBe('token-super-secreto');
  });

  it('gives a different ciphertext each time', () => {
    expect(sealSecret('x', 'p')).not.toBe(sealSecret('x', 'p'));
  });

  it('refuses a ciphertext moved to another purpose or tampered with', () => {
    const sealed = sealSecret('abc', 'integration.apiToken');
    expect(() => openSecret(sealed, 'integration.webhookSecret')).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('xyz').toString('base64');
    expect(() => openSecret(parts.join(':'), 'integration.apiToken')).toThrow();
  });
});
