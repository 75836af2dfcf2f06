import { execFileSync } from 'node:child_process';
import { expect, signInAs, test } from '../fixtures';

test('[API KEYS] an admin creates a key shown once, uses it, and revokes it', async ({ page, account, request }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/api-keys');
  await expect(page.getByRole('heading', { level: 1, name: 'Chaves de API' })).toBeVisible();
  await page.getByLabel('Nome').fill('ERP Financeiro');
  await page.getByLabel(/Gerenciar webhooks/).check();
  await page.getByRole('button', { name: 'Criar chave' }).click();
  const key = (await page.getByTestId('new-api-key').textContent())!.trim();
  expect(key).toMatch(/^rbk_/);
  const row = page.getByTestId('api-key-ERP Financeiro');
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText('Nunca');

  const res = await request.get('/api/v1/account', { headers: { AppKey: key } });
  expect(res.status()).toBe(200);
  expect((await res.json()).id).toBe(account.accountId);

  // The ids an integrator needs, each with a copy button.
  await expect(page.getByTestId(`user-id-${account.users.operator.email}`)).toContainText(account.users.operator.id);

  await page.reload();
  await expect(row).not.toContainText('Nunca');
  await row.getByRole('button', { name: 'Revogar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revogar' }).click();
  await expect(row).toContainText('Revogada');
  expect((await request.get('/api/v1/account', { headers: { Authorization: `Bearer ${key}` } })).status()).toBe(401);
  await expect(page.getByText(key)).toHaveCount(0);
});

test('[API KEYS] npm run cli creates a key through the running server (the embedded database stays single-process)', async ({ request }) => {
  const out = execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/cli.ts', 'api-key', 'create', '--account', 'rubrica-demo', '--name', 'Automação'], {
    env: { ...process.env, RUBRICA_DATA_DIR: process.env.E2E_DATA_DIR ?? '.tmp/e2e-data', DATABASE_URL: '' },
    encoding: 'utf8',
  });
  const key = out.trim().split('\n').at(-1)!;
  const res = await request.get('/api/v1/account', { headers: { AppKey: key } });
  expect(res.status()).toBe(200);
  expect((await res.json()).slug).toBe('rubrica-demo');
});

test('[FOLDERS] an admin adds a folder and a signer role; their ids show with a copy button', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/folders');
  await page.getByLabel('Nova pasta').fill('Contratos 2026');
  await page.getByRole('button', { name: 'Adicionar pasta' }).click();
  const folder = page.getByTestId('folder-Contratos 2026');
  await expect(folder).toBeVisible();
  await expect(folder.getByRole('button', { name: /Copiar o id da pasta/ })).toBeVisible();
  await page.getByLabel('Novo papel').fill('Fiador');
  await page.getByRole('button', { name: 'Adicionar papel' }).click();
  await expect(page.getByTestId('role-Fiador')).toBeVisible();
  await page.getByLabel('Nova pasta').fill('contratos 2026');
  await page.getByRole('button', { name: 'Adicionar pasta' }).click();
  await expect(page.getByText('Já existe uma pasta com este nome.')).toBeVisible();
});
