import { advanceServerClock, expect, formAlert, signIn, signInAs, test } from '../fixtures';

test('[AUTH] signs in and sees every section of the console', async ({ page, account }) => {
  await signInAs(page, account, 'owner');
  const nav = page.getByRole('navigation', { name: 'Seções do console' });
  for (const section of ['Integrações', 'Filiais', 'Parâmetros', 'Clientes', 'Modelos', 'Contratos', 'Envelopes', 'Análise de identidade', 'Resumo do pacote', 'Usuários', 'Chaves de API', 'Logs']) {
    await expect(nav.getByRole('link', { name: new RegExp(`^${section}`) })).toBeVisible();
  }
  await nav.getByRole('link', { name: /^Resumo do pacote/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resumo do pacote');
});

test('[AUTH] a wrong password gets a message that does not say whether the e-mail exists', async ({ page, account }) => {
  await signIn(page, account.users.operator.email, 'senha-errada');
  await expect(page.locator(formAlert)).toHaveText('E-mail ou senha incorretos.');
  await signIn(page, `ninguem-${Date.now()}@empresa.com.br`, 'senha-errada');
  await expect(page.locator(formAlert)).toHaveText('E-mail ou senha incorretos.');
  await expect(page).toHaveURL(/\/login/);
});

test('[AUTH] five wrong passwords lock the e-mail, even for the right password', async ({ page, account }) => {
  for (let i = 0; i < 4; i++) {
    await signIn(page, account.users.viewer.email, `errada-${i}`);
    await expect(page.locator(formAlert)).toHaveText('E-mail ou senha incorretos.');
  }
  await signIn(page, account.users.viewer.email, 'errada-5');
  await expect(page.locator(formAlert)).toContainText('bloqueado por 15 minutos');
  await signIn(page, account.users.viewer.email, account.password);
  await expect(page.locator(formAlert)).toContainText('bloqueado por 15 minutos');
});

test('[AUTH] an idle session ends after the account’s session time', async ({ page, account, request }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/settings');
  await page.getByLabel('Tempo de sessão (minutos)').fill('5');
  await page.locator('form').filter({ has: page.getByLabel('Tempo de sessão (minutos)') }).getByRole('button', { name: 'Salvar', exact: true }).click();
  await expect(page.getByText('Tempo de sessão salvo.')).toBeVisible();

  await advanceServerClock(request, 6 * 60_000);
  await page.goto('/console/users');
  await expect(page).toHaveURL(/\/login\?motivo=expirada/);
  await expect(page.getByText('Sua sessão expirou por inatividade')).toBeVisible();
});

test('[AUTH] the session time refuses values out of range with a clear message', async ({ page, account }) => {
  await signInAs(page, account, 'owner');
  await page.goto('/console/settings');
  await page.getByLabel('Tempo de sessão (minutos)').fill('2');
  await page.locator('form').filter({ has: page.getByLabel('Tempo de sessão (minutos)') }).getByRole('button', { name: 'Salvar', exact: true }).click();
  await expect(page.getByText('O tempo de sessão deve ser de pelo menos 5 minutos.')).toBeVisible();
});

test('[AUTH] signing out ends the session', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page.getByText('Você saiu do console.')).toBeVisible();
  await page.goto('/console');
  await expect(page).toHaveURL(/\/login/);
});
