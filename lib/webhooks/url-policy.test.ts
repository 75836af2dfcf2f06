import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '../env';
import { isPrivateAddress, webhookUrlProblem } from './url-policy';

afterEach(() => {
  delete process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS;
  resetEnvCache();
});

describe('webhook URL policy (SSRF)', () => {
  it('refuses loopback, private, link-local and mapped addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.0.10', '169.254.169.254', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '200.160.2.3', '2001:4860:4860::8888']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
  it('only http(s), no credentials, no literal private hosts unless RUBRICA_ALLOW_PRIVATE_WEBHOOKS=1', () => {
    expect(webhookUrlProblem('ftp://x.com/h')).toBe('Use uma URL http:// ou https://.');
    expect(webhookUrlProblem('https://u:p@x.com/h')).toBe('Não coloque usuário e senha na URL.');
    expect(webhookUrlProblem('http://localhost:8080/h')).toContain('rede interna');
    expect(webhookUrlProblem('http://[::1]/h')).toContain('rede interna');
    expect(webhookUrlProblem('https://erp.exemplo.com.br/hook')).toBeNull();
    process.env.RUBRICA_ALLOW_PRIVATE_WEBHOOKS = '1';
    resetEnvCache();
    expect(webhookUrlProblem('http://127.0.0.1:9999/h')).toBeNull();
  });
});
