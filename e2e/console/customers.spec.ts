import { createCustomerInUi, digitsOnly, fillCustomerForm, isActionRequest, newCnpj, newCpf, replayable } from '../customers-helpers';
import { expect, signInAs, test } from '../fixtures';

test('[CUSTOMERS] an operator registers a person, finds it by name, CPF and e-mail, edits it and deletes it', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.goto('/console/customers');
  await expect(page.getByText('Nenhum cliente cadastrado ainda.')).toBeVisible();
  await page.getByRole('link', { name: 'Novo cliente' }).click();
  await expect(page).toHaveURL(/\/console\/customers\/new$/);

  const cpf = newCpf();
  await fillCustomerForm(page, {
    name: 'Maria da Conceição',
    taxId: cpf,
    emails: ['Maria@Exemplo.com.br', 'segunda.caixa@exemplo.com.br'],
    phone: '11987654321',
    postalCode: '01310100',
    street: 'Avenida Paulista',
    number: '1000',
    district: 'Bela Vista',
    city: 'São Paulo',
    state: 'SP',
  });
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await page.waitForURL(/\/console\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maria da Conceição');
  // What was typed comes back normalised: punctuation, lower-case e-mails, formatted phone and CEP.
  await expect(page.getByLabel('CPF', { exact: true })).toHaveValue(cpf);
  await expect(page.getByLabel('E-mails')).toHaveValue('maria@exemplo.com.br\nsegunda.caixa@exemplo.com.br');
  await expect(page.getByLabel('Celular')).toHaveValue('(11) 98765-4321');
  await expect(page.getByLabel('CEP')).toHaveValue('01310-100');

  await page.getByLabel('Nome', { exact: true }).fill('Maria da Conceição Souza');
  await page.getByLabel('Celular').fill('+55 21 99876 5432');
  await page.getByRole('button', { name: 'Salvar alterações' }).click();
  await expect(page.getByText('Dados do cliente salvos.')).toBeVisible();
  await expect(page.getByLabel('Celular')).toHaveValue('(21) 99876-5432');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maria da Conceição Souza');

  await page.getByRole('link', { name: '← Clientes' }).click();
  const table = page.getByTestId('customers-table');
  const row = table.getByRole('row', { name: /Maria da Conceição Souza/ });
  await expect(row).toContainText(cpf);
  await expect(row).toContainText('maria@exemplo.com.br');
  await expect(row).toContainText('(21) 99876-5432');

  const search = async (q: string) => {
    await page.getByRole('searchbox', { name: 'Buscar' }).fill(q);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
  };
  for (const q of ['conceicao souza', digitsOnly(cpf), cpf, 'segunda.caixa@']) {
    await search(q);
    await expect(table.getByRole('link', { name: 'Maria da Conceição Souza' })).toBeVisible();
  }
  await search('ninguém com este nome');
  await expect(page.getByText('Nenhum cliente encontrado para “ninguém com este nome”.')).toBeVisible();

  await page.getByRole('link', { name: 'Limpar busca' }).click();
  await table.getByRole('link', { name: 'Maria da Conceição Souza' }).click();
  await page.getByRole('button', { name: 'Excluir cliente' }).click();
  await expect(page.getByRole('dialog')).toContainText('Excluir o cliente Maria da Conceição Souza?');
  await page.getByRole('dialog').getByRole('button', { name: 'Excluir' }).click();
  await expect(page).toHaveURL(/\/console\/customers$/);
  await expect(page.getByText('Nenhum cliente cadastrado ainda.')).toBeVisible();
});

test('[CUSTOMERS] the form refuses an invalid CPF, an invalid CNPJ, an invalid phone and a CPF/CNPJ already in the account', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/customers/new');
  await fillCustomerForm(page, { name: 'Pessoa Errada', taxId: '529.982.247-26', emails: ['pessoa@exemplo.com.br', 'sem-arroba'], phone: '(11) 3456-7890' });
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await expect(page.getByText('CPF inválido: confira os 11 dígitos.')).toBeVisible();
  await expect(page.getByText('Informe um celular válido com DDD e o nono dígito, como (11) 98765-4321.')).toBeVisible();
  await expect(page.getByText('"sem-arroba" não é um e-mail válido.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('CPF', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // A company: the labels follow the kind, and so do the rules.
  await page.getByLabel('Pessoa jurídica').check();
  await expect(page.getByLabel('Razão social')).toBeVisible();
  await page.getByLabel('CNPJ', { exact: true }).fill('11.222.333/0001-82');
  await page.getByLabel('E-mails').fill('empresa@exemplo.com.br');
  await page.getByLabel('Celular').fill('(11) 98765-4321');
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await expect(page.getByText('CNPJ inválido: confira os 14 caracteres.')).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);

  // The alphanumeric CNPJ (from July 2026) is accepted; typing it again is refused by the server.
  await fillCustomerForm(page, { kind: 'company', name: 'Empresa Alfanumérica Ltda', taxId: '12.ABC.345/01DE-35', emails: ['a@alfa.com.br'] });
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await page.waitForURL(/\/console\/customers\/[0-9a-f-]{36}$/);
  await page.goto('/console/customers/new');
  await fillCustomerForm(page, { kind: 'company', name: 'Outra Empresa', taxId: '12abc34501de35', emails: ['b@alfa.com.br'] });
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await expect(page.getByText('Já existe um cliente com este CNPJ nesta conta.')).toBeVisible();

  const cpf = newCpf();
  await createCustomerInUi(page, { name: 'Primeira Pessoa', taxId: cpf, emails: ['p1@exemplo.com.br'] });
  await page.goto('/console/customers/new');
  await fillCustomerForm(page, { name: 'Segunda Pessoa', taxId: digitsOnly(cpf), emails: ['p2@exemplo.com.br'] });
  await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
  await expect(page.getByText('Já existe um cliente com este CPF nesta conta.')).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);

  await page.goto('/console/customers');
  await expect(page.getByTestId('customers-table').getByRole('row')).toHaveCount(3); // header + the two accepted
});

test('[CUSTOMERS] the server validates on its own: a create request with an invalid CPF is refused, field by field', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.goto('/console/customers/new');
  const cpf = newCpf();
  await fillCustomerForm(page, { name: 'Cliente Original', taxId: cpf, emails: ['original@exemplo.com.br'], phone: '11987654321' });
  const [req] = await Promise.all([page.waitForRequest(isActionRequest), page.getByRole('button', { name: 'Cadastrar cliente' }).click()]);
  await page.waitForURL(/\/console\/customers\/[0-9a-f-]{36}$/);

  // Bypass the browser's checks: same request, broken CPF check digit, landline, other name.
  const action = replayable(req);
  const brokenCpf = digitsOnly(cpf).slice(0, 10) + ((Number(cpf.at(-1)) + 1) % 10);
  const body = action.body.replace(digitsOnly(cpf), brokenCpf).replace('+5511987654321', '1134567890').replace('Cliente Original', 'Cliente Forjado');
  const res = await page.request.post(action.url, { headers: action.headers, data: body });
  const text = await res.text();
  expect(text).toContain('CPF inválido: confira os 11 dígitos.');
  expect(text).toContain('Informe um celular válido');

  await page.goto('/console/customers');
  await expect(page.getByText('Cliente Forjado')).toHaveCount(0);
});

test('[CUSTOMERS] contacts: add, edit and delete; a contact needs a valid CPF/CNPJ and an e-mail or a phone; all in the log', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await createCustomerInUi(page, { kind: 'company', name: 'Construtora Horizonte Ltda', taxId: newCnpj(), emails: ['obras@horizonte.com.br'] });
  await expect(page.getByText('Nenhum contato cadastrado.')).toBeVisible();

  await page.getByRole('button', { name: 'Adicionar contato' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nome').fill('Paulo Testemunha');
  await dialog.getByLabel('CPF/CNPJ').fill('111.444.777-36');
  await dialog.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(dialog.getByText('CPF ou CNPJ inválido: confira os dígitos.')).toBeVisible();
  await expect(dialog.getByText('Informe o e-mail ou o celular do contato (pelo menos um).').first()).toBeVisible();

  const contactCpf = newCpf();
  await dialog.getByLabel('CPF/CNPJ').fill(contactCpf);
  await dialog.getByLabel('Celular').fill('21 99876-5432');
  await dialog.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(dialog).toHaveCount(0);
  const contact = page.getByTestId('contact').filter({ hasText: 'Paulo Testemunha' });
  await expect(contact).toContainText(contactCpf);
  await expect(contact).toContainText('(21) 99876-5432');

  await contact.getByRole('button', { name: 'Editar Paulo Testemunha' }).click();
  await expect(dialog.getByLabel('Celular')).toHaveValue('(21) 99876-5432');
  await dialog.getByLabel('Nome').fill('Paulo Roberto Testemunha');
  await dialog.getByLabel('E-mail').fill('paulo@horizonte.com.br');
  await dialog.getByLabel('Celular').fill('');
  await dialog.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(dialog).toHaveCount(0);
  const edited = page.getByTestId('contact').filter({ hasText: 'Paulo Roberto Testemunha' });
  await expect(edited).toContainText('paulo@horizonte.com.br');
  await expect(edited).not.toContainText('(21) 99876-5432');

  await edited.getByRole('button', { name: 'Excluir' }).click();
  await expect(dialog).toContainText('Excluir o contato Paulo Roberto Testemunha?');
  await dialog.getByRole('button', { name: 'Excluir' }).click();
  await expect(page.getByText('Nenhum contato cadastrado.')).toBeVisible();

  await page.goto('/console/logs?entityType=contact');
  const log = page.getByTestId('activity-table');
  await expect(log.getByRole('row')).toHaveCount(4); // header + created, updated, deleted
  await expect(log).toContainText('Cadastrou o contato Paulo Testemunha do cliente Construtora Horizonte Ltda');
  await expect(log).toContainText('Alterou o contato Paulo Roberto Testemunha do cliente Construtora Horizonte Ltda');
  await expect(log).toContainText('Excluiu o contato Paulo Roberto Testemunha do cliente Construtora Horizonte Ltda');
  await page.goto('/console/logs?entityType=customer');
  await expect(log).toContainText('Cadastrou o cliente Construtora Horizonte Ltda');
});

test('[CUSTOMERS] viewers read customers and contacts but get no controls, and the actions refuse them', async ({ page, browser, account }) => {
  await signInAs(page, account, 'operator');
  const url = await createCustomerInUi(page, { name: 'Cliente Consultado', taxId: newCpf(), emails: ['consultado@exemplo.com.br'], city: 'Recife', state: 'PE' });
  await page.getByRole('button', { name: 'Adicionar contato' }).click();
  await page.getByRole('dialog').getByLabel('Nome').fill('Testemunha Visível');
  await page.getByRole('dialog').getByLabel('CPF/CNPJ').fill(newCpf());
  await page.getByRole('dialog').getByLabel('E-mail').fill('testemunha@exemplo.com.br');
  const [createContactReq] = await Promise.all([
    page.waitForRequest(isActionRequest),
    page.getByRole('dialog').getByRole('button', { name: 'Salvar contato' }).click(),
  ]);
  await expect(page.getByTestId('contact')).toHaveCount(1);

  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signInAs(viewer, account, 'viewer');
  await viewer.goto('/console/customers');
  await expect(viewer.getByRole('link', { name: 'Cliente Consultado' })).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Novo cliente' })).toHaveCount(0);

  await viewer.getByRole('link', { name: 'Cliente Consultado' }).click();
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Cliente Consultado');
  await expect(viewer.getByText('consultado@exemplo.com.br')).toBeVisible();
  await expect(viewer.getByText('Recife/PE')).toBeVisible();
  await expect(viewer.getByTestId('contact')).toContainText('Testemunha Visível');
  await expect(viewer.getByRole('textbox')).toHaveCount(0);
  for (const name of ['Excluir cliente', 'Salvar alterações', 'Adicionar contato', 'Editar Testemunha Visível', 'Excluir']) {
    await expect(viewer.getByRole('button', { name })).toHaveCount(0);
  }
  const res = await viewer.goto('/console/customers/new');
  expect(res?.status()).toBe(403);

  // The same "add contact" request, replayed with the viewer's session, is refused.
  const action = replayable(createContactReq);
  const replay = await viewer.request.post(action.url, {
    headers: action.headers,
    data: action.body.replace('Testemunha Visível', 'Testemunha Forjada'),
  });
  expect(await replay.text()).toContain('Você não tem permissão para esta ação.');
  await viewerCtx.close();

  await page.goto(url);
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await expect(page.getByText('Testemunha Forjada')).toHaveCount(0);
});
