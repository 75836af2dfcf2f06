import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, type Page, type Request } from '@playwright/test';

/** A fresh valid CPF, punctuated as people type it: 529.982.247-25 */
export function newCpf() {
  const d = generateCpf();
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** A fresh valid numeric CNPJ, punctuated: 11.222.333/0001-81 */
export function newCnpj() {
  const d = generateCnpj();
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

export const digitsOnly = (v: string) => v.replace(/\D/g, '');

export type CustomerFormData = {
  kind?: 'person' | 'company';
  name: string;
  taxId: string;
  emails: string[];
  phone?: string;
  postalCode?: string;
  street?: string;
  number?: string;
  district?: string;
  city?: string;
  state?: string;
};

/** Fills the customer form (new or edit page) the way a person does. */
export async function fillCustomerForm(page: Page, data: CustomerFormData) {
  const company = data.kind === 'company';
  await page.getByLabel(company ? 'Pessoa jurídica' : 'Pessoa física').check();
  await page.getByLabel(company ? 'Razão social' : 'Nome', { exact: true }).fill(data.name);
  await page.getByLabel(company ? 'CNPJ' : 'CPF', { exact: true }).fill(data.taxId);
  await page.getByLabel('E-mails').fill(data.emails.join('\n'));
  if (data.phone !== undefined) await page.getByLabel('Celular').fill(data.phone);
  if (data.postalCode !== undefined) await page.getByLabel('CEP').fill(data.postalCode);
  if (data.street !== undefined) await page.getByLabel('Logradouro').fill(data.street);
  if (data.number !== undefined) await page.getByLabel('Número').fill(data.number);
  if (data.district !== undefined) await page.getByLabel('Bairro').fill(data.district);
  if (data.city !== undefined) await page.getByLabel('Cidade').fill(data.city);
  if (data.state !== undefined) await page.getByLabel('UF').selectOption(data.state);
}

/** Registers a customer through the console and waits for its page; returns its URL. */
export async function createCustomerInUi(page: Page, data: CustomerFormData) {
  await page.goto('/console/customers/new');
  await fillCustomerForm(page, data);
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await page.waitForURL(/\/console\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);
  return page.url();
}

/** The request a server action sent, ready to be replayed with another session's cookies. */
export function replayable(req: Request) {
  return {
    url: new URL(req.url()).pathname,
    headers: {
      'next-action': req.headers()['next-action'],
      'content-type': req.headers()['content-type'],
      accept: 'text/x-component',
    },
    body: req.postData()!,
  };
}

export const isActionRequest = (r: Request) => r.method() === 'POST' && !!r.headers()['next-action'];
