import { expect, signInAs, test } from '../fixtures';

test('[SETTINGS] an admin turns on contract signing with manual activation, and it sticks', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/settings');
  const useIntegration = page.getByLabel('Utilizar integração assinatura digital');
  await expect(useIntegration).toBeDisabled(); // off until the master switch is on
  await page.getByLabel('Assinatura digital dos contratos').check();
  await useIntegration.check();
  await page.getByLabel(/Não ativar/).check();
  await page.getByRole('button', { name: 'Salvar parâmetros' }).click();
  await expect(page.getByText('Parâmetros de assinatura digital salvos.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Assinatura digital dos contratos')).toBeChecked();
  await expect(useIntegration).toBeChecked();
  await expect(page.getByLabel(/Não ativar/)).toBeChecked();

  await page.goto('/console/logs');
  await expect(page.getByText(/Alterou os parâmetros gerais de assinatura digital/)).toBeVisible();
});

test('[SETTINGS] viewers see the parameters but cannot change them', async ({ page, account }) => {
  await signInAs(page, account, 'viewer');
  await page.goto('/console/settings');
  await expect(page.getByLabel('Assinatura digital dos contratos')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Salvar parâmetros' })).toHaveCount(0);
});

test('[SETTINGS] an admin sets how long identity photos are kept; an out-of-range value says what to fix', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/settings');
  const years = page.getByLabel('Guardar as fotos por (anos)');
  await expect(years).toHaveValue('5');
  const card = page.locator('form').filter({ has: years });
  await years.fill('30');
  await card.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByText('Guarde as fotos por no máximo 20 anos.')).toBeVisible();
  await years.fill('2');
  await card.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByText('Prazo de guarda das fotos salvo.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Guardar as fotos por (anos)')).toHaveValue('2');
  await page.goto('/console/logs');
  await expect(page.getByText('Alterou a guarda das fotos da prova de identidade de 5 para 2 anos após a conclusão')).toBeVisible();
});
