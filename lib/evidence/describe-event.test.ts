import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe-event';

describe('[EVIDENCE] trail lines', () => {
  it('says which file was downloaded, which version, and how', () => {
    expect(describeEvent('document.downloaded', { via: 'signer_space', documents: [{ name: 'Contrato.pdf', version: 'sealed' }] })).toBe(
      'Baixou Contrato.pdf (assinado) pelo Espaço do Signatário',
    );
    expect(describeEvent('document.downloaded', { via: 'api', documents: [{ name: 'A', version: 'original' }, { name: 'B', version: 'original' }] })).toBe(
      'Baixou A (original), B (original) pela API',
    );
    expect(describeEvent('document.downloaded')).toBe('Baixou o documento');
  });

  it('tells a code proven in the signer space apart', () => {
    expect(describeEvent('code.verified', { channel: 'email', via: 'signer_space' })).toBe('Código de verificação confirmado (e-mail) no Espaço do Signatário');
    expect(describeEvent('code.verified', { channel: 'sms' })).toBe('Código de verificação confirmado (SMS)');
  });
});
