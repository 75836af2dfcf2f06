import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { createEmployeeInput } from './employee-schemas';

describe('[EMPLOYEES] employee form rules', () => {
  it('normalises CPF, e-mail and mobile', () => {
    expect(createEmployeeInput.parse({ name: ' Ana Lima ', cpf: '529.982.247-25', email: 'Ana@Empresa.com.br', phone: '(11) 98765-4321' })).toEqual({
      name: 'Ana Lima',
      cpf: '52998224725',
      email: 'ana@empresa.com.br',
      phone: '+5511987654321',
    });
  });

  it('parsing twice gives the same result', () => {
    const once = createEmployeeInput.parse({ name: 'Ana', cpf: '529.982.247-25', email: 'a@b.com', phone: '11987654321' });
    expect(createEmployeeInput.parse(once)).toEqual(once);
  });

  it('every field is required, with a message per field', () => {
    const r = createEmployeeInput.safeParse({ name: '', cpf: '', email: '', phone: '' });
    expect(fieldErrors(r.error!)).toEqual({
      name: ['Informe o nome completo.'],
      cpf: ['Informe o CPF.'],
      email: ['Informe o e-mail.'],
      phone: ['Informe o celular com DDD.'],
    });
  });

  it('refuses a wrong CPF check digit and a landline', () => {
    const r = createEmployeeInput.safeParse({ name: 'Ana', cpf: '529.982.247-26', email: 'a@b.com', phone: '(11) 3333-4444' });
    expect(fieldErrors(r.error!)).toEqual({
      cpf: ['CPF inválido: confira os 11 dígitos.'],
      phone: ['Informe um celular válido com DDD, como (11) 98765-4321.'],
    });
  });
});
