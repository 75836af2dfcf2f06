import { expect, formAlert, signIn, signInAs, test } from '../fixtures';

test('[USERS] an admin invites a user, who signs in with the temporary password', async ({ page, browser, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/users');
  const email = `convidada-${Date.now()}@empresa.com.br`;
  await page.getByLabel('Nome').fill('Joana Convidada');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Papel', { exact: true }).selectOption({ label: 'Operador' });
  await page.getByRole('button', { name: 'Convidar' }).click();
  const password = (await page.getByTestId('temporary-password').textContent())!;
  await expect(page.getByTestId(`user-${email}`)).toContainText('Operador');

  const other = await (await browser.newContext()).newPage();
  await signIn(other, email, password);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Olá, Joana Convidada');
});

test('[USERS] invite form shows field errors in Portuguese', async ({ page, account }) => {
  await signInAs(page, account, 'owner');
  await page.goto('/console/users');
  await page.getByLabel('E-mail').fill('nao-e-email');
  await page.getByRole('button', { name: 'Convidar' }).click();
  await expect(page.getByText('Informe o nome completo.')).toBeVisible();
  await expect(page.getByText('Informe um e-mail válido, como nome@empresa.com.br.')).toBeVisible();
  await page.getByLabel('Nome').fill('Duplicado');
  await page.getByLabel('E-mail').fill(account.users.viewer.email);
  await page.getByRole('button', { name: 'Convidar' }).click();
  await expect(page.getByText('Já existe um usuário com este e-mail.')).toBeVisible();
});

test('[USERS] changing a role and deactivating take effect at once', async ({ page, browser, account }) => {
  const victimCtx = await browser.newContext();
  const victim = await victimCtx.newPage();
  await signInAs(victim, account, 'operator');

  await signInAs(page, account, 'owner');
  await page.goto('/console/users');
  const row = page.getByTestId(`user-${account.users.operator.email}`);
  await row.getByLabel(/Papel de/).selectOption({ label: 'Administrador' });
  await expect(row.getByLabel(/Papel de/)).toHaveValue('admin');
  await page.reload();
  await expect(page.getByTestId(`user-${account.users.operator.email}`)).toContainText('Administrador');

  page.once('dialog', (d) => d.accept());
  await page.getByTestId(`user-${account.users.operator.email}`).getByRole('button', { name: 'Desativar' }).click();
  await expect(page.getByTestId(`user-${account.users.operator.email}`)).toContainText('Desativado');

  await victim.goto('/console');
  await expect(victim).toHaveURL(/\/login/);
  await signIn(victim, account.users.operator.email, account.password);
  await expect(victim.locator(formAlert)).toHaveText('E-mail ou senha incorretos.');
  await victimCtx.close();
});
