import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { createCustomerInUi, newCpf } from './customers-helpers';
import { selectIntegration } from './integrations-helpers';

/** Parâmetros gerais › Contratos › Assinatura digital: on, contracts use the integration by default. */
export async function turnOnContractSigning(page: Page, activation: 'on_signature' | 'manual' = 'on_signature') {
  await page.goto('/console/settings');
  await page.getByLabel('Assinatura digital dos contratos').check();
  await page.getByLabel('Utilizar integração assinatura digital').check();
  await page.getByLabel(activation === 'manual' ? /Não ativar/ : /No ato da assinatura/).check();
  await page.getByRole('button', { name: 'Salvar parâmetros' }).click();
  await expect(page.getByText('Parâmetros de assinatura digital salvos.')).toBeVisible();
}

type IntegrationSpec = {
  description: string;
  provider?: 'rubrica' | 'clicksign';
  sendMethod?: 'contract' | 'service_order';
  /** Option label of the company representative, e.g. "Rita Responsável (529.982.247-25)". */
  companySigner?: string;
};

/** An integration through its form (built-in by default; Clicksign with dummy credentials). */
export async function createIntegrationInUi(page: Page, spec: IntegrationSpec) {
  await page.goto('/console/integrations/new');
  await page.getByLabel('Integrador').selectOption({ label: spec.provider === 'clicksign' ? 'Clicksign' : 'Rubrica (assinatura integrada)' });
  await page.getByLabel('Descrição').fill(spec.description);
  if (spec.provider === 'clicksign') {
    await page.getByLabel('E-mail do usuário da API').fill('api@empresa.com.br');
    await page.getByLabel('Access Token').fill('token-de-teste');
  }
  if (spec.sendMethod) await page.getByLabel('Método de envio do link de assinatura').selectOption(spec.sendMethod);
  if (spec.companySigner) await page.getByLabel('Responsável pela empresa').selectOption({ label: spec.companySigner });
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page).toHaveURL(/\/console\/integrations\/[0-9a-f-]{36}\?criada=1/);
}

export async function createBranchInUi(page: Page, name: string, integration: string | null) {
  await page.goto('/console/branches/new');
  await page.getByLabel('Nome').fill(name);
  if (integration) await selectIntegration(page, integration);
  await page.getByRole('button', { name: 'Criar filial' }).click();
  await expect(page).toHaveURL(/\/console\/branches$/);
}

/** A contract template or term written in the editor, optionally of a document type. */
export async function createTemplateInUi(page: Page, kind: 'contract' | 'term', name: string, documentType?: string) {
  await page.goto(`/console/templates/new?kind=${kind}`);
  await page.getByLabel('Nome', { exact: true }).fill(name);
  if (documentType) await page.getByLabel('Tipo de documento').selectOption({ label: documentType });
  await page.getByLabel('Texto do documento').fill(`# ${name}\n\nEu, {{cliente.nome}}, CPF/CNPJ {{cliente.cpf_cnpj}}, li e concordo.`);
  await page.getByRole('button', { name: kind === 'contract' ? 'Criar modelo' : 'Criar termo' }).click();
  await expect(page).toHaveURL(/\/console\/templates\/[0-9a-f-]{36}\?criado=1$/);
}

export type CustomerSpec = { name: string; email: string; cpf?: string; witness?: { name: string; email?: string; phone?: string } };

/** A person customer (with a fresh CPF) and, if asked, a contact to be the customer's witness. */
export async function createCustomerWithWitness(page: Page, spec: CustomerSpec) {
  const cpf = spec.cpf ?? newCpf();
  await createCustomerInUi(page, { name: spec.name, taxId: cpf, emails: [spec.email] });
  if (spec.witness) {
    await page.getByRole('button', { name: 'Adicionar contato' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nome').fill(spec.witness.name);
    await dialog.getByLabel('CPF/CNPJ').fill(newCpf());
    if (spec.witness.email) await dialog.getByLabel('E-mail').fill(spec.witness.email);
    if (spec.witness.phone) await dialog.getByLabel('Celular').fill(spec.witness.phone);
    await dialog.getByRole('button', { name: 'Salvar contato' }).click();
    await expect(dialog).toHaveCount(0);
  }
  return { cpf };
}

export type ContractSpec = {
  customer: string;
  branch: string;
  template: string;
  plan?: string;
  price?: string;
  witness?: string;
  stage?: string;
  status?: string;
};

/** Picks the customer by searching, then the rest of the form's choices. Leaves the form ready to submit. */
export async function fillContractForm(page: Page, spec: ContractSpec) {
  await page.getByLabel('Cliente', { exact: true }).fill(spec.customer.split(' ')[0]);
  await page.getByRole('option', { name: new RegExp(spec.customer) }).click();
  await expect(page.getByLabel('Cliente', { exact: true })).toHaveValue(new RegExp(spec.customer));
  await page.getByLabel('Filial').selectOption({ label: spec.branch });
  await page.getByLabel('Modelo de contrato').selectOption({ label: spec.template });
  if (spec.plan) await page.getByLabel('Plano').fill(spec.plan);
  if (spec.price) await page.getByLabel('Valor mensal (R$)').fill(spec.price);
  if (spec.status) await page.getByLabel('Status').selectOption({ label: spec.status });
  if (spec.witness) {
    const witness = page.getByLabel('Testemunha do cliente');
    await expect(witness.locator('option', { hasText: spec.witness })).toHaveCount(1);
    await witness.selectOption({ label: (await witness.locator('option', { hasText: spec.witness }).textContent())! });
  }
  if (spec.stage) await page.getByLabel('Situação inicial').selectOption({ label: spec.stage });
}

/** Creates a contract through the form and waits for its page; returns its URL (without query). */
export async function createContractInUi(page: Page, spec: ContractSpec) {
  await page.goto('/console/contracts/new');
  await fillContractForm(page, spec);
  await page.getByRole('button', { name: 'Criar contrato' }).click();
  await page.waitForURL(/\/console\/contracts\/[0-9a-f-]{36}$/);
  return page.url();
}

/** The envelopes listed in the contract's history tab, newest first (ids read from the page). */
export async function historyEnvelopeIds(page: Page, contractUrl: string) {
  await page.goto(`${contractUrl}?aba=historico`);
  return page.getByTestId('envelope').evaluateAll((els) => els.map((e) => e.getAttribute('data-envelope-id')!));
}

/** Until the signer portal exists: every signer "signs" through the test hook, and completion runs its effects. */
export async function completeEnvelopeViaHook(request: APIRequestContext, envelopeId: string) {
  const res = await request.post('/api/test/complete-envelope', { data: { envelopeId } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return res.json();
}

export async function createDocumentTypeInUi(page: Page, name: string, requiresSignature = true) {
  await page.goto('/console/contracts/settings/document-types');
  await page.getByRole('button', { name: 'Novo tipo de documento' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nome').fill(name);
  if (!requiresSignature) await dialog.getByLabel('Requer assinatura eletrônica').uncheck();
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId(`document-type-${name}`)).toBeVisible();
}

export async function createStageInUi(page: Page, spec: { name: string; position: number; requires?: string[]; next?: string }) {
  await page.goto('/console/contracts/settings/stages');
  await page.getByRole('button', { name: 'Nova situação' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nome').fill(spec.name);
  await dialog.getByLabel('Posição').fill(String(spec.position));
  for (const type of spec.requires ?? []) await dialog.getByLabel(type).check();
  if (spec.next) await dialog.getByLabel('Próxima situação ao concluir a assinatura').selectOption({ label: spec.next });
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId(`stage-${spec.name}`)).toBeVisible();
}

export async function createSubjectInUi(page: Page, name: string, signs: boolean) {
  await page.goto('/console/contracts/settings/service-order-subjects');
  await page.getByRole('button', { name: 'Novo assunto' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nome').fill(name);
  if (signs) await dialog.getByLabel('Integração assinatura digital').check();
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId(`subject-${name}`)).toBeVisible();
}
