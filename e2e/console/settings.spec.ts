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
