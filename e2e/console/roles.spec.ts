import { expect, signInAs, test } from '../fixtures';

test('[ROLES] viewers and operators cannot open user management or the logs', async ({ browser, account }) => {
  for (const role of ['viewer', 'operator'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, account, role);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Usuários' })).toHaveCount(0);
    for (const path of ['/console/users', '/console/logs']) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'Acesso negado' })).toBeVisible();
    }
    await ctx.close();
  }
});

test('[ROLES] a viewer reads the parameters but cannot change them', async ({ page, account }) => {
  await signInAs(page, account, 'viewer');
  await page.goto('/console/settings');
  await expect(page.getByLabel('Tempo de sessão (minutos)')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Salvar', exact: true })).toHaveCount(0);
});

test('[ROLES] server actions authorize on their own: a replayed admin action is refused for viewers and operators', async ({ browser, account }) => {
  // Capture the real "invite user" action request as an admin sends it...
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, account, 'admin');
  await admin.goto('/console/users');
  await admin.getByLabel('Nome').fill('Pessoa Original');
  await admin.getByLabel('E-mail').fill(`original-${Date.now()}@empresa.com.br`);
  const [req] = await Promise.all([
    admin.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    admin.getByRole('button', { name: 'Convidar' }).click(),
  ]);
  await expect(admin.getByTestId('temporary-password')).toBeVisible();
  const headers = { 'next-action': req.headers()['next-action'], 'content-type': req.headers()['content-type'], accept: 'text/x-component' };
  const body = req.postData()!.replace(/original-\d+@/, `replay-${Date.now()}@`);

  // ...and replay it with lower roles' cookies, bypassing the page that hides the form.
  for (const role of ['viewer', 'operator'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, account, role);
    const res = await page.request.post('/console/users', { headers, data: body });
    expect(await res.text()).toContain('Você não tem permissão para esta ação.');
    await ctx.close();
  }
  // Without any session the same request is refused too.
  const anon = await browser.newContext();
  const res = await anon.request.post(`${test.info().project.use.baseURL}/console/users`, { headers, data: body });
  expect(await res.text()).not.toContain('temporaryPassword');
  await anon.close();

  await admin.reload();
  await expect(admin.getByText(/replay-/)).toHaveCount(0);
  await adminCtx.close();
});

test('[ROLES] an admin cannot make owners; an owner cannot change their own role', async ({ browser, account }) => {
  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await signInAs(admin, account, 'admin');
  await admin.goto('/console/users');
  await expect(admin.getByLabel('Papel', { exact: true }).locator('option')).toHaveText(['Administrador', 'Operador', 'Leitor (gestor)']);
  await expect(admin.getByTestId(`user-${account.users.owner.email}`).getByRole('button')).toHaveCount(0);
  await ctx.close();

  const ownerCtx = await browser.newContext();
  const owner = await ownerCtx.newPage();
  await signInAs(owner, account, 'owner');
  await owner.goto('/console/users');
  await expect(owner.getByTestId(`user-${account.users.owner.email}`).getByRole('button')).toHaveCount(0);
  await ownerCtx.close();
});
