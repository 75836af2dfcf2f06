import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskPhone } from './mask';

describe('[NOTIFY] masked destinations', () => {
  it('keeps the first two letters and the domain of an e-mail', () => {
    expect(maskEmail('joao.silva@exemplo.com.br')).toBe('jo***@exemplo.com.br');
    expect(maskEmail('  Jose@Exemplo.COM.br ')).toBe('Jo***@exemplo.com.br');
  });

  it('shows a single letter of a very short local part, and nothing of a non-address', () => {
    expect(maskEmail('ab@x.com')).toBe('a***@x.com');
    expect(maskEmail('a@x.com')).toBe('a***@x.com');
    expect(maskEmail('sem-arroba')).toBe('***');
    expect(maskEmail('@x.com')).toBe('***');
  });

  it('masks a Brazilian mobile as +55 DDD 9****-final', () => {
    expect(maskPhone('+5511987654321')).toBe('+55 11 9****-4321');
    expect(maskPhone('5521998761234')).toBe('+55 21 9****-1234');
  });

  it('masks a Brazilian landline and foreign numbers by their last four digits', () => {
    expect(maskPhone('+551133224455')).toBe('+55 11 ****-4455');
    expect(maskPhone('+447911123456')).toBe('+44 ****-3456');
    expect(maskPhone('123')).toBe('****');
  });

  it('picks the mask by channel', () => {
    expect(maskAddress('email', 'maria@empresa.com.br')).toBe('ma***@empresa.com.br');
    expect(maskAddress('whatsapp', '+5511987654321')).toBe('+55 11 9****-4321');
    expect(maskAddress('sms', '+5511987654321')).toBe('+55 11 9****-4321');
  });
});
