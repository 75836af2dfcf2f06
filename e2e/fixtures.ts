import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export type Role = 'owner' | 'admin' | 'operator' | 'viewer';
export type TestAccount = {
  accountId: string;
  password: string;
  users: Record<Role, { id: string; email: string }>;
};

/** A fresh account with one user per role, created through the running server's test hooks. */
export async function createAccount(request: APIRequestContext): Promise<TestAccount> {
  const res = await request.post('/api/test/account', { data: {} });
  expect(res.ok(), await res.text()).toBeTruthy();
  return res.json();
}

export async function advanceServerClock(request: APIRequestContext, ms: number) {
  const res = await request.post('/api/test/clock', { data: { advanceMs: ms } });
  expect(res.ok()).toBeTruthy();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

export async function signInAs(page: Page, account: TestAccount, role: Role) {
  await signIn(page, account.users[role].email, account.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');
}

type Fixtures = { account: TestAccount };

export const test = base.extend<Fixtures>({
  account: async ({ request }, use) => {
    await use(await createAccount(request));
  },
});

export { expect };

/** Our alerts, not Next's always-present route announcer (which also has role=alert). */
export const formAlert = '[role=alert]:not(#__next-route-announcer__)';
