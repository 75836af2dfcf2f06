import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, formAlert, signInAs, test, type TestAccount } from '../fixtures';
import { captureAction, confirmDelete } from '../integrations-helpers';
import type { Page } from '@playwright/test';

async function makePdf(pages: number) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`Contrato pronto, pagina ${i}`, { x: 50, y: 780, size: 14, font });
  return Buffer.from(await doc.save());
}

/** The preview route of the template open on `page`, fetched with the page's session. */
async function fetchPreview(page: Page) {
  const url = `${page.url().replace(/\?.*$/, '')}/preview`;
  const res = await page.request.get(url);
  return { res, body: await res.body() };
}

async function expectPdf(page: Page) {
  const { res, body } = await fetchPreview(page);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline; /);
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body;
}

async function insertVariable(page: Page, label: string) {
  await page.getByRole('button', { name: 'Inserir variável' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** Through the editor: the quickest valid template or term. Leaves the page on its editor. */
async function createTextTemplate(page: Page, kind: 'contract' | 'term', name: string, text = `# ${name}\n\nEu, {{cliente.nome}}, li e concordo.`) {
  await page.goto(`/console/templates/new?kind=${kind}`);
  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.getByLabel('Texto do documento').fill(text);
  await page.getByRole('button', { name: kind === 'contract' ? 'Criar modelo' : 'Criar termo' }).click();
  await expect(page).toHaveURL(/\/console\/templates\/[0-9a-f-]{36}\?criado=1$/);
}

test('[TEMPLATES] an operator writes a contract template with variables from the menu; an unknown variable is refused', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.getByRole('navigation').getByRole('link', { name: 'Modelos' }).click();
  await expect(page.getByText('Nenhum modelo cadastrado ainda.')).toBeVisible();
  await page.getByRole('link', { name: 'Novo modelo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Novo modelo de contrato');

  await page.getByLabel('Nome', { exact: true }).fill('Contrato de internet');
  const text = page.getByLabel('Texto do documento');
  await text.fill('# Contrato de prestação de serviços\n\nContratante: ');
  await insertVariable(page, 'Nome / Razão social');
  await text.press('End');
  await text.pressSequentially(', CPF/CNPJ ');
  await insertVariable(page, 'CPF/CNPJ');
  await text.press('End');
  await text.pressSequentially(', plano ');
  await insertVariable(page, 'Plano');
  await expect(text).toHaveValue('# Contrato de prestação de serviços\n\nContratante: {{cliente.nome}}, CPF/CNPJ {{cliente.cpf_cnpj}}, plano {{contrato.plano}}');
  // The live preview shows each variable as a chip with its name.
  const preview = page.getByTestId('template-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Contrato de prestação de serviços');
  await expect(preview.locator('[data-variable="cliente.nome"]')).toHaveText('Nome / Razão social');

  // A variable typed by hand that the catalogue does not have: refused, named.
  await text.press('End');
  await text.pressSequentially(' e apelido {{cliente.apelido}}.');
  await expect(preview.locator('.tpl-var-unknown')).toHaveText('{{cliente.apelido}}');
  await page.getByRole('button', { name: 'Criar modelo' }).click();
  await expect(page.getByText('Variável desconhecida: {{cliente.apelido}}')).toBeVisible();
  await expect(page).toHaveURL(/\/new\?kind=contract$/);

  // The toolbar: a page break on its own line, then saved.
  await text.fill((await text.inputValue()).replace(' e apelido {{cliente.apelido}}.', '.'));
  await text.press('Control+End');
  await page.getByRole('button', { name: 'Quebra de página' }).click();
  await text.pressSequentially('Anexo I');
  await expect(preview.getByRole('separator')).toHaveText('Quebra de página');
  await page.getByRole('button', { name: 'Criar modelo' }).click();
  await expect(page).toHaveURL(/\/console\/templates\/[0-9a-f-]{36}\?criado=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contrato de internet' })).toBeVisible();
  await expect(page.getByLabel('Texto do documento')).toHaveValue(/<!-- quebra-de-pagina -->\n\nAnexo I$/);

  // "Pré-visualizar PDF" opens the preview route in a new tab; the route answers with a PDF.
  await expect(page.getByRole('link', { name: 'Pré-visualizar PDF' })).toHaveAttribute('target', '_blank');
  await expectPdf(page);

  // An edit that brings an unknown variable back is refused the same way, and nothing changes.
  await page.getByLabel('Texto do documento').fill('Olá {{cliente.nomee}}');
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByText('Variável desconhecida: {{cliente.nomee}}')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Texto do documento')).toHaveValue(/^# Contrato de prestação de serviços/);

  await page.goto('/console/templates');
  await expect(page.getByTestId('template-Contrato de internet')).toContainText('Modelo de contrato');
});

test('[TEMPLATES] terms are created and attached to a contract template, in order; a carried term cannot be deleted', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await createTextTemplate(page, 'term', 'Termo LGPD');
  await createTextTemplate(page, 'term', 'Termo de fidelidade');
  await page.goto('/console/templates?kind=term');
  await expect(page.getByTestId('templates-table').locator('tbody tr')).toHaveCount(2);

  await createTextTemplate(page, 'contract', 'Contrato fibra');
  const editor = page.url();
  await expect(page.getByText('Nenhum termo.', { exact: false })).toBeVisible();
  for (const name of ['Termo LGPD', 'Termo de fidelidade']) {
    await page.getByLabel('Escolha um termo').selectOption({ label: name });
    await page.getByRole('button', { name: 'Adicionar', exact: true }).click();
    await expect(page.getByText('Termos salvos.')).toBeVisible();
  }
  const list = page.getByTestId('template-terms');
  await expect(list.getByRole('listitem')).toHaveText([/Termo LGPD/, /Termo de fidelidade/]);
  await page.getByRole('button', { name: 'Mover Termo de fidelidade para cima' }).click();
  await expect(page.getByText('Termos salvos.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('template-terms').getByRole('listitem')).toHaveText([/Termo de fidelidade/, /Termo LGPD/]);
  const pdf = await expectPdf(page);
  // Contract + two terms, each from a new page.
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);

  await page.goto('/console/templates?kind=term');
  await page.getByRole('link', { name: 'Termo LGPD' }).click();
  const dialog = await confirmDelete(page);
  await expect(dialog.locator(formAlert)).toHaveText('O termo Termo LGPD faz parte do modelo de contrato Contrato fibra. Retire-o desse modelo antes de excluir.');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  await page.goto(editor);
  await page.getByRole('button', { name: 'Retirar Termo LGPD' }).click();
  await expect(page.getByText('Termos salvos.')).toBeVisible();
  await page.goto('/console/templates?kind=term');
  await page.getByRole('link', { name: 'Termo LGPD' }).click();
  await confirmDelete(page);
  await expect(page).toHaveURL(/\/console\/templates\?kind=term$/);
  await expect(page.getByTestId('templates-table').locator('tbody tr')).toHaveCount(1);
});

test('[TEMPLATES] an operator uploads a PDF template; a file that is not a PDF is refused by its content', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.goto('/console/templates/new?kind=contract');
  await page.getByRole('link', { name: 'Enviar um PDF pronto' }).click();
  await expect(page.getByLabel('Arquivo PDF')).toBeVisible();
  await page.getByLabel('Nome', { exact: true }).fill('Contrato do jurídico');
  await page.getByLabel('Arquivo PDF').setInputFiles({ name: 'contrato.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Isto é um texto, não um PDF.') });
  await page.getByRole('button', { name: 'Enviar PDF' }).click();
  await expect(page.getByText('O arquivo não é um PDF. Envie o documento em PDF.')).toBeVisible();

  const original = await makePdf(2);
  await page.getByLabel('Arquivo PDF').setInputFiles({ name: 'contrato.pdf', mimeType: 'application/pdf', buffer: original });
  await page.getByRole('button', { name: 'Enviar PDF' }).click();
  await expect(page).toHaveURL(/\/console\/templates\/[0-9a-f-]{36}\?criado=1$/);
  await expect(page.getByTestId('template-pdf-pages')).toHaveText('2 páginas');
  await expect(page.getByLabel('Texto do documento')).toHaveCount(0);
  expect((await expectPdf(page)).equals(original)).toBe(true);

  // Replaced by a new version.
  const v2 = await makePdf(3);
  await page.getByLabel('Novo arquivo PDF').setInputFiles({ name: 'v2.pdf', mimeType: 'application/pdf', buffer: v2 });
  await page.getByRole('button', { name: 'Substituir PDF' }).click();
  await expect(page.getByText('PDF substituído.')).toBeVisible();
  await expect(page.getByTestId('template-pdf-pages')).toHaveText('3 páginas');
  expect((await expectPdf(page)).equals(v2)).toBe(true);

  await page.goto('/console/templates');
  await expect(page.getByTestId('template-Contrato do jurídico')).toContainText('PDF · 3 páginas');
});

async function adminCreatesTemplate(browser: import('@playwright/test').Browser, account: TestAccount) {
  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await signInAs(admin, account, 'admin');
  await admin.goto('/console/templates/new?kind=contract');
  await admin.getByLabel('Nome', { exact: true }).fill('Contrato padrão');
  await admin.getByLabel('Texto do documento').fill('Contratante: {{cliente.nome}}');
  const action = await captureAction(admin, () => admin.getByRole('button', { name: 'Criar modelo' }).click());
  await expect(admin).toHaveURL(/\?criado=1$/);
  const url = admin.url().replace(/\?.*$/, '');
  await ctx.close();
  return { url, action };
}

test('[TEMPLATES] viewers read templates and preview them, but cannot change them', async ({ browser, account, playwright, baseURL }) => {
  const { url, action } = await adminCreatesTemplate(browser, account);

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInAs(page, account, 'viewer');
  await page.goto('/console/templates');
  await expect(page.getByRole('link', { name: 'Novo modelo' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Novo termo' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Contrato padrão' }).click();
  await expect(page.getByText('Somente operadores e administradores alteram modelos.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Nome', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Texto do documento')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Inserir variável' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Salvar' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Excluir' })).toHaveCount(0);
  await expect(page.getByLabel('Escolha um termo')).toHaveCount(0);
  await expect(page.getByTestId('template-preview').locator('[data-variable="cliente.nome"]')).toBeVisible();
  await expectPdf(page);
  expect((await page.goto('/console/templates/new?kind=term'))?.status()).toBe(403);

  // The create action, replayed with the viewer's session, is refused.
  const replay = await page.request.post(action.path, { headers: action.headers, data: action.body.replace('Contrato padrão', 'Contrato do leitor') });
  expect(await replay.text()).toContain('Você não tem permissão para esta ação.');
  await ctx.close();

  // Without a session the preview route answers 401 (and a browser tab goes to the sign-in page).
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get(`${url}/preview`, { headers: { accept: 'application/json' }, maxRedirects: 0 });
  expect(res.status()).toBe(401);
  const tab = await anonymous.get(`${url}/preview`, { headers: { accept: 'text/html' }, maxRedirects: 0 });
  expect(tab.status()).toBe(303);
  expect(tab.headers()['location']).toMatch(/\/login$/);
  await anonymous.dispose();
});
