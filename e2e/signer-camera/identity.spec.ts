import { expect, test } from '@playwright/test';
import { failThreeTimes, reachCamera, sentEnvelope, shot, staffPage, takeSelfie, uploadId } from '../identity-helpers';

// The project's camera (playwright.config.ts › signer-camera) shows one person: the selfie of 'ana'.
test.describe('identity proof with one face on camera', () => {
  // Camera, face detection, server checks and OCR on a shared 2-core machine: give them room.
  test.describe.configure({ timeout: 90_000 });

  test('[IDENTITY] selfie detected, ID photo matched, OCR reads name and CPF, then the reading', async ({ page, request }) => {
    const s = await sentEnvelope(request);
    await reachCamera(page, request, s);
    await takeSelfie(page);
    await shot(page, 'identity-3-document');
    await uploadId(page, 'ana', { name: s.customer.name, cpf: s.envelope.customerCpf });
    await expect(page.getByRole('heading', { name: 'Identidade confirmada' })).toBeVisible({ timeout: 20_000 });
    await shot(page, 'identity-6-passed');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
  });

  test('[IDENTITY] a different person on the ID and a CPF that differs send it to manual review; staff approve and the signer goes on', async ({ page, request, browser }) => {
    const s = await sentEnvelope(request);
    await reachCamera(page, request, s);
    await takeSelfie(page);
    await failThreeTimes(page, s.customer.name, s.envelope.customerCpf);

    const staff = await staffPage(browser, s.envelope);
    await staff.goto('/console/identity-reviews');
    await staff.getByRole('link', { name: `Analisar: ${s.customer.name}` }).click();
    await expect(staff.getByRole('heading', { name: `Identidade de ${s.customer.name}` })).toBeVisible();
    for (const alt of ['Selfie', 'Documento (frente)']) {
      await expect.poll(() => staff.getByRole('img', { name: alt }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    }
    await expect(staff.getByRole('region', { name: 'Texto lido do documento (OCR)' })).toContainText('CARTEIRA DE IDENTIDADE');
    await shot(staff, 'identity-7-review-queue-detail');
    await staff.getByLabel('Motivo (a pessoa receberá este texto)').fill('Documento conferido pessoalmente na loja.');
    await staff.getByRole('button', { name: 'Aprovar identidade' }).click();
    await expect(staff.getByText(/Aprovada por .+ em \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
  });

  test('[IDENTITY] staff reject with a reason; the signer sees it and cannot sign', async ({ page, request, browser }) => {
    const s = await sentEnvelope(request);
    await reachCamera(page, request, s);
    await takeSelfie(page);
    await failThreeTimes(page, s.customer.name, s.envelope.customerCpf);

    const staff = await staffPage(browser, s.envelope);
    await staff.goto('/console/identity-reviews');
    await shot(staff, 'identity-8-review-queue');
    await staff.getByRole('link', { name: `Analisar: ${s.customer.name}` }).click();
    await staff.getByRole('button', { name: 'Recusar identidade' }).click();
    await expect(staff.getByText(/Conte o motivo da recusa/)).toBeVisible();
    await staff.getByLabel('Motivo (a pessoa receberá este texto)').fill('A foto do documento é de outra pessoa.');
    await staff.getByRole('button', { name: 'Recusar identidade' }).click();
    await expect(staff.getByText(/Recusada por/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Identidade não confirmada' })).toBeVisible();
    await expect(page.getByText('Motivo: A foto do documento é de outra pessoa.')).toBeVisible();
    await shot(page, 'identity-9-rejected');
  });
});

