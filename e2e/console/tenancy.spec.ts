import { createAccount, expect, signInAs, test } from '../fixtures';

/**
 * Server actions are public endpoints: an admin of one account replays real actions with the ids of
 * another account's records and must get "not found", and nothing changes on the other side.
 */
test('[TENANCY] actions refuse records of another account', async ({ browser, page, request, account }) => {
  const other = await createAccount(request);
  await signInAs(page, account, 'owner');
  await page.goto('/console/users');

  // Capture the real "change role" action as the page sends it for a user of this account...
  const own = page.getByTestId(`user-${account.users.viewer.email}`);
  const [req] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    own.getByLabel(/Papel de/).selectOption('operator'),
  ]);
  const headers = { 'next-action': req.headers()['next-action'], 'content-type': req.headers()['content-type'] ?? 'text/plain;charset=UTF-8', accept: 'text/x-component' };
  // ...and aim it at the other account's user.
  const body = req.postData()!.replace(account.users.viewer.id, other.users.viewer.id);
  expect(body).toContain(other.users.viewer.id);
  const res = await page.request.post('/console/users', { headers, data: body });
  expect(await res.text()).toContain('Usuário não encontrado.');

  // The other account's owner still sees their viewer as a viewer.
  const otherCtx = await browser.newContext();
  const otherPage = await otherCtx.newPage();
  await signInAs(otherPage, other, 'owner');
  await otherPage.goto('/console/users');
  await expect(otherPage.getByTestId(`user-${other.users.viewer.email}`)).toContainText('Leitor (gestor)');
  await otherCtx.close();
});
