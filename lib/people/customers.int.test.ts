import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { AppError } from '../errors';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createContact } from './create-contact';
import { createCustomer } from './create-customer';
import { deleteContact } from './delete-contact';
import { deleteCustomer } from './delete-customer';
import { getCustomer } from './get-customer';
import { listCustomers } from './list-customers';
import { contactInput, customerInput, updateContactInput, updateCustomerInput, type CustomerFormValues } from './schemas';
import { updateContact } from './update-contact';
import { updateCustomer } from './update-customer';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

/** Goes through the same schema the action parses with, as the console does. */
function customer(overrides: Partial<CustomerFormValues> = {}) {
  return customerInput.parse({
    kind: 'person',
    name: 'Maria da Silva',
    taxId: generateCpf(),
    emails: 'maria@exemplo.com.br',
    phone: '(11) 98765-4321',
    ...overrides,
  });
}

const contact = (customerId: string, overrides: Record<string, unknown> = {}) =>
  contactInput.parse({ customerId, name: 'João Testemunha', taxId: generateCpf(), email: 'joao@exemplo.com.br', ...overrides });

const page1 = (q?: string) => ({ page: 1, q });

describe('[CUSTOMERS] create, update and delete', () => {
  it('creates a customer with normalised data and logs it', async () => {
    const { actors } = await createAccount();
    const cpf = generateCpf();
    const formatted = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
    const { customerId } = await createCustomer(
      actors.operator,
      customer({ taxId: formatted, emails: 'Maria@Exemplo.com.br\nfinanceiro@exemplo.com.br', addressPostalCode: '01310-100', addressState: 'sp' }),
    );
    const saved = await getCustomer(actors.viewer, customerId);
    expect(saved).toMatchObject({
      kind: 'person',
      name: 'Maria da Silva',
      taxId: cpf,
      emails: ['maria@exemplo.com.br', 'financeiro@exemplo.com.br'],
      phone: '+5511987654321',
      addressPostalCode: '01310100',
      addressState: 'SP',
      searchText: `maria da silva ${cpf} maria@exemplo.com.br financeiro@exemplo.com.br`,
      contacts: [],
    });
    const log = await listActivity(actors.admin, { page: 1, entityType: 'customer' });
    expect(log.rows.find((r) => r.entityId === customerId)).toMatchObject({
      action: 'customer.created',
      summary: `Cadastrou o cliente Maria da Silva (${formatted})`,
    });
  });

  it('accepts a company with the alphanumeric CNPJ', async () => {
    const { actors } = await createAccount();
    const cnpj = generateCnpj({ version: 2 });
    const { customerId } = await createCustomer(actors.operator, customer({ kind: 'company', name: 'Ação Serviços Ltda', taxId: cnpj }));
    expect((await getCustomer(actors.operator, customerId))?.taxId).toBe(cnpj);
    expect((await listCustomers(actors.operator, page1(cnpj))).rows.map((r) => r.id)).toEqual([customerId]);
  });

  it('updates a customer, recomputing the search text and naming the changed fields in the log', async () => {
    const { actors } = await createAccount();
    const { customerId } = await createCustomer(actors.operator, customer());
    const after = await updateCustomer(
      actors.operator,
      updateCustomerInput.parse({ ...customer(), customerId, name: 'Maria Conceição Souza', phone: '', emails: 'nova@exemplo.com.br' }),
    );
    expect(after).toMatchObject({ name: 'Maria Conceição Souza', phone: null, emails: ['nova@exemplo.com.br'] });
    expect((await listCustomers(actors.operator, page1('conceicao'))).rows.map((r) => r.id)).toEqual([customerId]);
    expect((await listCustomers(actors.operator, page1('Silva'))).rows).toHaveLength(0);
    const log = await listActivity(actors.admin, { page: 1, entityType: 'customer' });
    expect(log.rows.find((r) => r.action === 'customer.updated')?.summary).toMatch(/^Alterou o cliente Maria Conceição Souza \(.+\): nome, CPF\/CNPJ, e-mails, celular$/);
  });

  it('saving without changes writes nothing to the log', async () => {
    const { actors } = await createAccount();
    const input = customer();
    const { customerId } = await createCustomer(actors.operator, input);
    await updateCustomer(actors.operator, updateCustomerInput.parse({ ...input, customerId }));
    const log = await listActivity(actors.admin, { page: 1, entityType: 'customer' });
    expect(log.rows.map((r) => r.action)).toEqual(['customer.created']);
  });

  it('deleting a customer deletes its contacts and logs both facts', async () => {
    const { actors } = await createAccount();
    const { customerId } = await createCustomer(actors.operator, customer({ name: 'Cliente Apagado' }));
    await createContact(actors.operator, contact(customerId));
    await createContact(actors.operator, contact(customerId, { name: 'Outra Testemunha' }));
    await deleteCustomer(actors.operator, { customerId });
    expect(await getCustomer(actors.operator, customerId)).toBeNull();
    expect((await listCustomers(actors.operator, page1())).rows).toHaveLength(0);
    const log = await listActivity(actors.admin, { page: 1, entityType: 'customer' });
    expect(log.rows[0]).toMatchObject({ action: 'customer.deleted', summary: expect.stringMatching(/^Excluiu o cliente Cliente Apagado \(.+\) e os seus 2 contatos$/) });
  });
});

describe('[CUSTOMERS] one CPF/CNPJ per account', () => {
  it('refuses a duplicate CPF in the same account, on the field, whatever the punctuation', async () => {
    const { actors } = await createAccount();
    const cpf = generateCpf();
    await createCustomer(actors.operator, customer({ taxId: cpf }));
    const dotted = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
    await expect(createCustomer(actors.admin, customer({ taxId: dotted, name: 'Outra Pessoa' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { taxId: ['Já existe um cliente com este CPF nesta conta.'] },
    });
    expect((await listCustomers(actors.operator, page1())).rows).toHaveLength(1);
  });

  it('refuses changing a customer to another customer’s CNPJ', async () => {
    const { actors } = await createAccount();
    const cnpj = generateCnpj();
    await createCustomer(actors.operator, customer({ kind: 'company', name: 'Primeira Ltda', taxId: cnpj }));
    const second = customer({ kind: 'company', name: 'Segunda Ltda', taxId: generateCnpj() });
    const { customerId } = await createCustomer(actors.operator, second);
    await expect(updateCustomer(actors.operator, updateCustomerInput.parse({ ...second, customerId, taxId: cnpj }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { taxId: ['Já existe um cliente com este CNPJ nesta conta.'] },
    });
  });

  it('allows the same CPF in two different accounts', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const cpf = generateCpf();
    await createCustomer(a.actors.operator, customer({ taxId: cpf }));
    await createCustomer(b.actors.operator, customer({ taxId: cpf }));
    expect((await listCustomers(b.actors.viewer, page1(cpf))).rows).toHaveLength(1);
  });
});

describe('[CUSTOMERS] search and pagination', () => {
  it('finds by name fragment (accent- and case-insensitive), CPF with or without punctuation, CNPJ prefix and e-mail', async () => {
    const { actors } = await createAccount();
    const cpf = '52998224725';
    const joao = await createCustomer(actors.operator, customer({ name: 'João da Conceição', taxId: cpf, emails: 'joao.c@provedor.com.br' }));
    const acme = await createCustomer(
      actors.operator,
      customer({ kind: 'company', name: 'Acme Indústria S.A.', taxId: '11.222.333/0001-81', emails: 'compras@acme.ind.br\nfinanceiro@acme.ind.br' }),
    );
    await createCustomer(actors.operator, customer({ name: 'Pedro 50% Ltda', emails: 'pedro@x.com' }));
    const ids = async (q: string) => (await listCustomers(actors.viewer, page1(q))).rows.map((r) => r.id);

    expect(await ids('conceicao')).toEqual([joao.customerId]);
    expect(await ids('CONCEIÇÃO')).toEqual([joao.customerId]);
    expect(await ids('joão da')).toEqual([joao.customerId]);
    expect(await ids('529.982.247-25')).toEqual([joao.customerId]);
    expect(await ids('52998224725')).toEqual([joao.customerId]);
    expect(await ids('529.982')).toEqual([joao.customerId]);
    expect(await ids('11.222.333')).toEqual([acme.customerId]);
    expect(await ids('financeiro@acme')).toEqual([acme.customerId]);
    expect(await ids('industria')).toEqual([acme.customerId]);
    expect(await ids('50%')).toHaveLength(1);
    expect(await ids('%')).toHaveLength(1); // the literal percent sign, not "anything"
    expect(await ids('_')).toHaveLength(0);
    expect(await ids('nada-parecido')).toEqual([]);
  });

  it('pages by name, 25 per page, with a stable order and a "has more" flag', async () => {
    const { actors } = await createAccount();
    for (let i = 0; i < 27; i++) {
      await createCustomer(actors.operator, customer({ name: `Cliente ${String(i).padStart(2, '0')}`, emails: `c${i}@x.com` }));
    }
    const first = await listCustomers(actors.viewer, { page: 1 });
    const second = await listCustomers(actors.viewer, { page: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    expect(first.rows[0]).toMatchObject({ name: 'Cliente 00', firstEmail: 'c0@x.com', phone: '+5511987654321', kind: 'person' });
    expect(second.rows.map((r) => r.name)).toEqual(['Cliente 25', 'Cliente 26']);
    expect(second.hasMore).toBe(false);
  });
});

describe('[CUSTOMERS] contacts', () => {
  it('adds, edits and removes a customer’s contacts, each change in the log', async () => {
    const { actors } = await createAccount();
    const { customerId } = await createCustomer(actors.operator, customer({ name: 'Cliente com Testemunha' }));
    const { contactId } = await createContact(actors.operator, contact(customerId, { email: '', phone: '(21) 99876-5432' }));
    expect((await getCustomer(actors.viewer, customerId))?.contacts).toEqual([
      expect.objectContaining({ id: contactId, name: 'João Testemunha', email: null, phone: '+5521998765432' }),
    ]);

    await updateContact(actors.operator, updateContactInput.parse({ ...contact(customerId), contactId, name: 'João Novo', email: 'jn@x.com' }));
    expect((await getCustomer(actors.viewer, customerId))?.contacts[0]).toMatchObject({ name: 'João Novo', email: 'jn@x.com', phone: null });

    await deleteContact(actors.operator, { customerId, contactId });
    expect((await getCustomer(actors.viewer, customerId))?.contacts).toEqual([]);

    const log = await listActivity(actors.admin, { page: 1, entityType: 'contact' });
    expect(log.rows.map((r) => r.summary)).toEqual([
      'Excluiu o contato João Novo do cliente Cliente com Testemunha',
      'Alterou o contato João Novo do cliente Cliente com Testemunha',
      'Cadastrou o contato João Testemunha do cliente Cliente com Testemunha',
    ]);
  });

  it('a contact id only works with its own customer', async () => {
    const { actors } = await createAccount();
    const one = await createCustomer(actors.operator, customer());
    const two = await createCustomer(actors.operator, customer());
    const { contactId } = await createContact(actors.operator, contact(one.customerId));
    expect(await code(deleteContact(actors.operator, { customerId: two.customerId, contactId }))).toBe('NOT_FOUND');
    expect((await getCustomer(actors.operator, one.customerId))?.contacts).toHaveLength(1);
  });
});

describe('[TENANCY] customers and contacts of another account are "not found"', () => {
  it('account A cannot list, get, update or delete B’s customers or contacts, nor add contacts to them', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const bInput = customer({ name: 'Segredo de B' });
    const { customerId } = await createCustomer(b.actors.operator, bInput);
    const { contactId } = await createContact(b.actors.operator, contact(customerId));

    expect((await listCustomers(a.actors.owner, page1('Segredo'))).rows).toEqual([]);
    expect((await listCustomers(a.actors.owner, page1(bInput.taxId))).rows).toEqual([]);
    expect(await getCustomer(a.actors.owner, customerId)).toBeNull();
    expect(await getCustomer(a.actors.owner, 'não-é-um-uuid')).toBeNull();
    expect(await code(updateCustomer(a.actors.owner, updateCustomerInput.parse({ ...bInput, customerId, name: 'Invadido' })))).toBe('NOT_FOUND');
    expect(await code(deleteCustomer(a.actors.owner, { customerId }))).toBe('NOT_FOUND');
    expect(await code(createContact(a.actors.owner, contact(customerId)))).toBe('NOT_FOUND');
    expect(await code(updateContact(a.actors.owner, updateContactInput.parse({ ...contact(customerId), contactId, name: 'Invadido' })))).toBe(
      'NOT_FOUND',
    );
    expect(await code(deleteContact(a.actors.owner, { customerId, contactId }))).toBe('NOT_FOUND');

    const untouched = await getCustomer(b.actors.viewer, customerId);
    expect(untouched).toMatchObject({ name: 'Segredo de B', contacts: [expect.objectContaining({ name: 'João Testemunha' })] });
    expect((await listActivity(a.actors.admin, { page: 1, q: 'Segredo' })).rows).toEqual([]);
  });
});
