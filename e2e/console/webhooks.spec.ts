import { expect, signInAs, test } from '../fixtures';

test('[WEBHOOKS] an admin registers a webhook (secret shown once), and pauses it', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/webhooks');
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await page.getByLabel('URL').fill('https://erp.exemplo.com.br/webhooks/rubrica');
  await page.getByLabel('Descrição (opcional)').fill('ERP financeiro');
  await page.getByLabel(/Signatário visualizou/).uncheck();
  await page.getByRole('button', { name: 'Cadastrar webhook' }).click();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  const row = page.getByTestId('webhook-https://erp.exemplo.com.br/webhooks/rubrica');
  await expect(row).toContainText('ERP financeiro');
  await expect(row).toContainText('Envelope concluído');
  await expect(row).not.toContainText('Signatário visualizou');
  await row.getByRole('button', { name: 'Pausar' }).click();
  await expect(row).toContainText('Pausado');
  await expect(page.getByText('Nenhuma entrega ainda.')).toBeVisible();
});
