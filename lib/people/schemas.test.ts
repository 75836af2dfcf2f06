import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { contactInput, customerInput } from './schemas';

const customerId = '6f1c3c55-8a5e-4b59-9a53-0f3a3f0b1c11';
const person = { kind: 'person', name: 'Maria da Silva', taxId: '529.982.247-25', emails: 'maria@exemplo.com.br' };
const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

describe('customer form', () => {
  it('normalises what people type: tax id, e-mails (one per line), phone, CEP, UF', () => {
    const out = customerInput.parse({
      kind: 'company',
      name: '  Ação   Serviços Ltda ',
      taxId: '12.abc.345/01de-35',
      emails: 'Financeiro@Acao.com.br\n\ncontato@acao.com.br; financeiro@acao.com.br',
      phone: '(11) 98765-4321',
      addressPostalCode: '01310-100',
      addressState: 'sp',
      addressStreet: '',
    });
    expect(out).toMatchObject({
      name: 'Ação Serviços Ltda',
      taxId: '12ABC34501DE35',
      emails: ['financeiro@acao.com.br', 'contato@acao.com.br'],
      phone: '+5511987654321',
      addressPostalCode: '01310100',
      addressState: 'SP',
      addressStreet: null,
    });
    // The form sends parsed values to the action, which parses them again.
    expect(customerInput.parse(out)).toEqual(out);
  });

  it('words the errors for the kind: CPF for people, CNPJ for companies', () => {
    expect(errorsOf(customerInput.safeParse({ ...person, taxId: '529.982.247-26' }))).toEqual({ taxId: ['CPF inválido: confira os 11 dígitos.'] });
    expect(errorsOf(customerInput.safeParse({ ...person, kind: 'company', taxId: '11.222.333/0001-82' }))).toEqual({
      taxId: ['CNPJ inválido: confira os 14 caracteres.'],
    });
    expect(errorsOf(customerInput.safeParse({ ...person, taxId: '11.222.333/0001-81' })).taxId[0]).toMatch(/Isto é um CNPJ/);
    expect(errorsOf(customerInput.safeParse({ ...person, kind: 'company', name: '', taxId: '' }))).toEqual({
      name: ['Informe a razão social.'],
      taxId: ['Informe o CNPJ.'],
    });
  });

  it('shows every field problem at once', () => {
    const errors = errorsOf(
      customerInput.safeParse({ kind: 'person', name: 'M', taxId: '123', emails: 'maria@\n', phone: '1234-5678', addressPostalCode: '123', addressState: 'XX' }),
    );
    expect(Object.keys(errors).sort()).toEqual(['addressPostalCode', 'addressState', 'emails', 'name', 'phone', 'taxId']);
    expect(errors.emails[0]).toContain('"maria@" não é um e-mail válido');
    expect(errors.phone[0]).toContain('celular válido');
  });

  it('requires at least one e-mail and refuses a landline', () => {
    expect(errorsOf(customerInput.safeParse({ ...person, emails: ' \n ' })).emails).toEqual(['Informe pelo menos um e-mail.']);
    expect(errorsOf(customerInput.safeParse({ ...person, emails: [] })).emails).toEqual(['Informe pelo menos um e-mail.']);
    expect(errorsOf(customerInput.safeParse({ ...person, phone: '(11) 3456-7890' })).phone).toHaveLength(1);
  });
});

describe('contact form', () => {
  const contact = { customerId, name: 'João Testemunha', taxId: '111.444.777-35' };

  it('needs an e-mail or a phone', () => {
    const errors = errorsOf(contactInput.safeParse({ ...contact, email: '', phone: '' }));
    expect(errors.email).toEqual(['Informe o e-mail ou o celular do contato (pelo menos um).']);
    expect(contactInput.parse({ ...contact, phone: '11 98765-4321' })).toMatchObject({ email: null, phone: '+5511987654321' });
    expect(contactInput.parse({ ...contact, email: 'Joao@X.com' })).toMatchObject({ email: 'joao@x.com', phone: null });
  });

  it('accepts a CPF or a CNPJ with valid check digits', () => {
    expect(contactInput.parse({ ...contact, taxId: '11.222.333/0001-81', email: 'a@b.com' }).taxId).toBe('11222333000181');
    expect(errorsOf(contactInput.safeParse({ ...contact, taxId: '111.444.777-36', email: 'a@b.com' })).taxId).toEqual([
      'CPF ou CNPJ inválido: confira os dígitos.',
    ]);
    expect(errorsOf(contactInput.safeParse({ ...contact, taxId: '', email: 'a@b.com' })).taxId).toEqual(['Informe o CPF ou o CNPJ.']);
  });
});
