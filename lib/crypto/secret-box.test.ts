import { describe, expect, it } from 'vitest';
import { openBytes, openSecret, sealBytes, sealSecret } from './secret-box';

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

describe('files at rest', () => {
  it('round-trips bytes, keeps no clear bytes, and refuses another purpose or a flipped byte', () => {
    const photo = Buffer.from('\xff\xd8\xff selfie de José', 'latin1');
    const sealed = sealBytes(photo, 'identity:p1:selfie');
    expect(sealed.includes(photo)).toBe(false);
    expect(openBytes(sealed, 'identity:p1:selfie')).toEqual(photo);
    expect(() => openBytes(sealed, 'identity:p2:selfie')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openBytes(tampered, 'identity:p1:selfie')).toThrow();
  });
});
