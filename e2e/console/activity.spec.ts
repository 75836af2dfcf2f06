import { expect, signInAs, test } from '../fixtures';

test('[LOGS] the activity log shows who did what, from which IP, and filters by person', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/users');
  const email = `auditada-${Date.now()}@empresa.com.br`;
  await page.getByLabel('Nome').fill('Ana Auditada');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Convidar' }).click();
  await expect(page.getByTestId('temporary-password')).toBeVisible();

  await page.goto('/console/logs');
  const table = page.getByTestId('activity-table');
  const row = table.getByRole('row', { name: /Convidou Ana Auditada/ });
  await expect(row).toContainText(`Convidou Ana Auditada (${email}) como Operador`);
  await expect(row).toContainText('127.0.0.1');
  await expect(table.getByRole('row', { name: /Entrou no console/ }).first()).toBeVisible();

  await page.getByLabel('Usuário').selectOption({ label: `owner ${account.users.owner.email.split('-')[1].split('@')[0]}` });
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(page.getByText('Nenhuma atividade encontrada com estes filtros.')).toBeVisible();

  await page.getByLabel('Texto').fill('Ana Auditada');
  await page.getByLabel('Usuário').selectOption({ label: 'Todos' });
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(table.getByRole('row')).toHaveCount(2); // header + the invite
});
