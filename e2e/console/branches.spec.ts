import { expect, signInAs, test } from '../fixtures';
import { captureAction, confirmDelete, createBranch, createBuiltInIntegration, selectIntegration } from '../integrations-helpers';

test('[BRANCHES] an admin creates, edits and deletes a branch linked to an integration', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await createBuiltInIntegration(page, 'Assinatura própria');

  await page.getByRole('navigation').getByRole('link', { name: 'Filiais' }).click();
  await page.getByRole('link', { name: 'Nova filial' }).click();
  await page.getByLabel('CNPJ').fill('11.222.333/0001-82');
  await page.getByLabel('CEP').fill('0131');
  await page.getByRole('button', { name: 'Criar filial' }).click();
  await expect(page.getByText('Informe o nome da filial.')).toBeVisible();
  await expect(page.getByText('CNPJ inválido: confira os 14 caracteres e os dígitos verificadores.')).toBeVisible();
  await expect(page.getByText('Informe o CEP com 8 dígitos, como 01310-100.')).toBeVisible();

  await page.getByLabel('Nome').fill('Centro');
  await page.getByLabel('CNPJ').fill('11.222.333/0001-81');
  await page.getByLabel('CEP').fill('01310-100');
  await page.getByLabel('Logradouro').fill('Av. Paulista');
  await page.getByLabel('Cidade').fill('São Paulo');
  await page.getByLabel('UF').selectOption('SP');
  await selectIntegration(page, 'Assinatura própria');
  await page.getByRole('button', { name: 'Criar filial' }).click();
  await expect(page).toHaveURL(/\/console\/branches$/);
  const row = page.getByTestId('branch-Centro');
  await expect(row).toContainText('11.222.333/0001-81');
  await expect(row).toContainText('São Paulo / SP');
  await expect(row).toContainText('Assinatura própria');

  // A second branch with the same name is refused on the name field.
  await page.goto('/console/branches/new');
  await page.getByLabel('Nome').fill('Centro');
  await page.getByRole('button', { name: 'Criar filial' }).click();
  await expect(page.getByText('Já existe uma filial com este nome.')).toBeVisible();

  await page.goto('/console/branches');
  await page.getByRole('link', { name: 'Centro' }).click();
  await expect(page.getByLabel('CEP')).toHaveValue('01310-100');
  await page.getByLabel('Nome').fill('Centro Histórico');
  await selectIntegration(page, null);
  await page.getByRole('button', { name: 'Salvar filial' }).click();
  await expect(page.getByText('Filial salva.')).toBeVisible();
  await page.goto('/console/branches');
  await expect(page.getByTestId('branch-Centro Histórico')).toContainText('Sem integração');

  await page.getByRole('link', { name: 'Centro Histórico' }).click();
  await confirmDelete(page);
  await expect(page).toHaveURL(/\/console\/branches$/);
  await expect(page.getByText('Nenhuma filial cadastrada ainda.')).toBeVisible();

  await page.goto('/console/logs');
  const log = page.getByTestId('activity-table');
  await expect(log).toContainText('Criou a filial Centro, vinculada à integração "Assinatura própria"');
  await expect(log).toContainText('Alterou a filial Centro Histórico: ficou sem integração de assinatura');
  await expect(log).toContainText('Excluiu a filial Centro Histórico');
});

test('[BRANCHES] several branches share one integration while another branch uses a different one', async ({ page, account }) => {
  await signInAs(page, account, 'owner');
  const first = await createBuiltInIntegration(page, 'Matriz');
  await createBuiltInIntegration(page, 'Interior');
  await createBranch(page, 'Centro', 'Matriz');
  await createBranch(page, 'Zona Sul', 'Matriz');
  await createBranch(page, 'Campinas', 'Interior');
  await expect(page.getByTestId('branch-Centro')).toContainText('Matriz');
  await expect(page.getByTestId('branch-Zona Sul')).toContainText('Matriz');
  await expect(page.getByTestId('branch-Campinas')).toContainText('Interior');
  await page.goto('/console/integrations');
  await expect(page.getByTestId('integration-Matriz')).toContainText('2 filiais');
  await page.goto(first);
  await expect(page.getByTestId('integration-branches')).toHaveText(/Centro\s*Zona Sul/);
});

test('[BRANCHES] operators and viewers read branches but cannot change them', async ({ browser, account }) => {
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, account, 'admin');
  await createBranch(admin, 'Centro');
  await adminCtx.close();

  for (const role of ['operator', 'viewer'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, account, role);
    await page.goto('/console/branches');
    await expect(page.getByRole('link', { name: 'Nova filial' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Centro' }).click();
    await expect(page.getByLabel('Nome')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Excluir' })).toHaveCount(0);
    expect((await page.goto('/console/branches/new'))?.status()).toBe(403);
    await ctx.close();
  }
});

test('[BRANCHES] the create action authorizes on its own: replayed by an operator, it is refused', async ({ browser, account }) => {
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, account, 'admin');
  await admin.goto('/console/branches/new');
  await admin.getByLabel('Nome').fill('Filial Original');
  const action = await captureAction(admin, () => admin.getByRole('button', { name: 'Criar filial' }).click());
  await expect(admin).toHaveURL(/\/console\/branches$/);

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInAs(page, account, 'operator');
  const res = await page.request.post(action.path, { headers: action.headers, data: action.body.replace('Filial Original', 'Filial Replay') });
  expect(await res.text()).toContain('Você não tem permissão para esta ação.');
  await ctx.close();

  await admin.goto('/console/branches');
  await expect(admin.getByTestId('branch-Filial Original')).toBeVisible();
  await expect(admin.getByText('Filial Replay')).toHaveCount(0);
  await adminCtx.close();
});
