import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '../env';
import { clientIp } from './client-ip';

const h = (o: Record<string, string>) => new Headers(o);

describe('client IP recorded as evidence', () => {
  afterEach(() => {
    delete process.env.RUBRICA_TRUSTED_PROXIES;
    resetEnvCache();
  });

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientIp(h({ 'x-rubrica-peer': '198.51.100.7', 'x-forwarded-for': '1.2.3.4' }))).toBe('198.51.100.7');
  });

  it('follows X-Forwarded-For only through trusted proxies', () => {
    process.env.RUBRICA_TRUSTED_PROXIES = '10.0.0.1, 10.0.0.2';
    resetEnvCache();
    expect(
      clientIp(h({ 'x-rubrica-peer': '10.0.0.1', 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' })),
    ).toBe('203.0.113.9');
  });

  it('unwraps IPv4-mapped IPv6 peers', () => {
    expect(clientIp(h({ 'x-rubrica-peer': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
  });

  it('ignores garbage', () => {
    expect(clientIp(h({ 'x-rubrica-peer': 'not-an-ip', 'x-forwarded-for': 'evil' }))).toBeNull();
  });
});
