import { expect, test } from '@playwright/test';
import { sealedEnvelope } from '../evidence-helpers';
import { signIn } from '../fixtures';

test.describe('[VERIFY] /verificar, public, on a phone', () => {
  test.setTimeout(90_000);

  test('the QR code link shows the document; the exact file is authentic, one byte changed is not', async ({ page, browser }) => {
    const sealed = await sealedEnvelope(page.request);
    const doc = sealed.documents[0];

    // The sealed bytes, as the signer received them (fetched here through the console as an admin).
    const staff = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const staffPage = await staff.newPage();
    await signIn(staffPage, sealed.admin.email, sealed.admin.password);
    await expect(staffPage.getByRole('heading', { level: 1 })).toContainText('Olá');
    const bytes = Buffer.from(await (await staffPage.request.get(`/console/envelopes/${sealed.envelopeId}/evidencias/documentos/${doc.id}`)).body());
    await staff.close();

    await page.goto(`/verificar/${doc.verificationCode}`);
    await expect(page.getByText(`Documento encontrado · ${doc.verificationCode}`)).toBeVisible();
    await expect(page.getByText(doc.name).first()).toBeVisible();
    await expect(page.getByText(doc.sealedSha256)).toBeVisible();
    // Signers masked: first name and initials only.
    const first = sealed.signers[0];
    await expect(page.getByText(first, { exact: true })).toHaveCount(0);
    await expect(page.getByText(first.split(' ')[0], { exact: false }).first()).toBeVisible();

    await page.getByLabel('Arquivo PDF').setInputFiles({ name: 'contrato-assinado.pdf', mimeType: 'application/pdf', buffer: bytes });
    await page.getByRole('button', { name: 'Verificar arquivo' }).click();
    await expect(page.getByText('Autêntico: este arquivo é exatamente o documento selado pelo Rubrica.')).toBeVisible();
    await expect(page.getByText(/Assinatura digital embutida: íntegra, cobrindo o arquivo inteiro/)).toBeVisible();
    await page.screenshot({ path: '.tmp/screens/verify-375.png', fullPage: true });

    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf('/MediaBox') + 12;
    tampered[at] = tampered[at] === 0x30 ? 0x31 : 0x30;
    await page.getByLabel('Arquivo PDF').setInputFiles({ name: 'contrato-alterado.pdf', mimeType: 'application/pdf', buffer: tampered });
    await page.getByRole('button', { name: 'Verificar arquivo' }).click();
    await expect(page.getByText(/Não confere: este arquivo não corresponde/)).toBeVisible();
    await expect(page.getByText(/Assinatura digital embutida: inválida/)).toBeVisible();
  });

  test('a file that is not a PDF is refused, and an unknown code says so', async ({ page }) => {
    await page.goto('/verificar');
    await page.getByLabel('Arquivo PDF').setInputFiles({ name: 'foto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('\x89PNG\r\n\x1a\n nada de pdf') });
    await page.getByRole('button', { name: 'Verificar arquivo' }).click();
    await expect(page.getByText('Escolha um arquivo PDF.')).toBeVisible();

    await page.getByLabel('Código de verificação').fill('zzzz zzzz zzzz');
    await page.getByRole('button', { name: 'Verificar código' }).click();
    await expect(page).toHaveURL(/\/verificar\/zzzz/);
    await expect(page.getByText(/Nenhum documento selado tem este código/)).toBeVisible();
  });
});
