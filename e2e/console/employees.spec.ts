import { expect, signInAs, test } from '../fixtures';
import { confirmDelete, createEmployee, RITA, TITO } from '../integrations-helpers';

test('[EMPLOYEES] an operator registers, edits and deletes an employee, with field errors in Portuguese', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await page.getByRole('navigation').getByRole('link', { name: 'Colaboradores' }).click();
  await page.getByRole('link', { name: 'Novo colaborador' }).click();

  await page.getByLabel('CPF').fill('529.982.247-26');
  await page.getByLabel('Celular').fill('(11) 3333-4444');
  await page.getByRole('button', { name: 'Cadastrar colaborador' }).click();
  await expect(page.getByText('Informe o nome completo.')).toBeVisible();
  await expect(page.getByText('CPF inválido: confira os 11 dígitos.')).toBeVisible();
  await expect(page.getByText('Informe o e-mail.')).toBeVisible();
  await expect(page.getByText('Informe um celular válido com DDD, como (11) 98765-4321.')).toBeVisible();

  await createEmployee(page, RITA);
  const table = page.getByTestId('employees-table');
  await expect(table.getByRole('row', { name: /Rita Responsável/ })).toContainText('529.982.247-25');
  await expect(table.getByRole('row', { name: /Rita Responsável/ })).toContainText('(11) 98765-4321');

  // The same CPF twice is refused on the CPF field (checked by the server).
  await page.goto('/console/employees/new');
  await page.getByLabel('Nome').fill('Rita Duplicada');
  await page.getByLabel('CPF').fill('52998224725');
  await page.getByLabel('E-mail').fill('outra@empresa.com.br');
  await page.getByLabel('Celular').fill('11987654321');
  await page.getByRole('button', { name: 'Cadastrar colaborador' }).click();
  await expect(page.getByText('Já existe um colaborador com este CPF.')).toBeVisible();

  await page.goto('/console/employees');
  await page.getByRole('link', { name: 'Rita Responsável' }).click();
  await page.getByLabel('E-mail').fill('rita.lima@empresa.com.br');
  await page.getByRole('button', { name: 'Salvar colaborador' }).click();
  await expect(page.getByText('Colaborador salvo.')).toBeVisible();
  await page.goto('/console/employees');
  await expect(page.getByTestId('employees-table')).toContainText('rita.lima@empresa.com.br');

  await page.getByRole('link', { name: 'Rita Responsável' }).click();
  await confirmDelete(page);
  await expect(page).toHaveURL(/\/console\/employees$/);
  await expect(page.getByText('Nenhum colaborador cadastrado ainda.')).toBeVisible();
});

test('[EMPLOYEES] an employee who signs for the company cannot be deleted; the refusal names the integration', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await createEmployee(page, RITA);
  await createEmployee(page, TITO);
  await page.goto('/console/integrations/new');
  await page.getByLabel('Descrição').fill('Assinatura da matriz');
  await page.getByLabel('Responsável pela empresa').selectOption({ label: 'Rita Responsável (529.982.247-25)' });
  await page.getByLabel('Testemunha da empresa (opcional)').selectOption({ label: 'Tito Testemunha (111.444.777-35)' });
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page).toHaveURL(/criada=1/);

  await page.goto('/console/employees');
  await page.getByRole('link', { name: 'Tito Testemunha' }).click();
  const dialog = await confirmDelete(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'Tito Testemunha assina pela empresa nas integrações: Assinatura da matriz. Escolha outro responsável ou testemunha nelas antes de excluir.',
  );
  await page.keyboard.press('Escape');
  await page.goto('/console/employees');
  await expect(page.getByTestId('employees-table').getByRole('row')).toHaveCount(3);

  // The log has the changes (admins read it).
  await page.goto('/console/logs');
  await expect(page.getByTestId('activity-table')).toContainText('Cadastrou o colaborador Tito Testemunha (CPF ***.444.777-**)');
});

test('[EMPLOYEES] viewers read the employees but cannot change them', async ({ page, browser, account }) => {
  const opCtx = await browser.newContext();
  const op = await opCtx.newPage();
  await signInAs(op, account, 'operator');
  await createEmployee(op, RITA);
  await opCtx.close();

  await signInAs(page, account, 'viewer');
  await page.goto('/console/employees');
  await expect(page.getByRole('link', { name: 'Novo colaborador' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Rita Responsável' }).click();
  await expect(page.getByLabel('Nome')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Salvar colaborador' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Excluir' })).toHaveCount(0);
  const res = await page.goto('/console/employees/new');
  expect(res?.status()).toBe(403);
});
