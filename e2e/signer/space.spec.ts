import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { codeFromOutbox, expectNoA11yViolations, expectTapTargets } from '../signer-helpers';

type Envelope = { accountId: string; envelopeId: string; name: string; customerCpf: string; recipients: { role: string; email: string | null }[] };

async function sentEnvelope(request: APIRequestContext, customerCpf?: string) {
  const res = await request.post('/api/test/envelope', { data: customerCpf ? { customerCpf } : {} });
  expect(res.ok(), await res.text()).toBeTruthy();
  const e = (await res.json()) as Envelope;
  return { ...e, email: e.recipients.find((r) => r.role === 'customer')!.email! };
}

const sentMessage = /Se houver documentos para este CPF, enviamos um código/;

test.describe('Espaço do Signatário', () => {
  test('[SIGNING] CPF and code list every envelope of that CPF; files download; "Assinar agora" opens one past the code', async ({ page, request }) => {
    const cpf = generateCpf();
    // The oldest, signed by everyone and sealed; then two waiting, each from another company.
    const sealedRes = await request.post('/api/test/sealed-envelope', { data: { customerCpf: cpf } });
    expect(sealedRes.ok(), await sealedRes.text()).toBeTruthy();
    const sealed = (await sealedRes.json()) as { name: string; documents: { name: string }[] };
    const first = await sentEnvelope(request, cpf);
    const second = await sentEnvelope(request, cpf);

    await page.goto('/s');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espaço do Signatário');
    await expectNoA11yViolations(page);
    await expectTapTargets(page);
    await page.screenshot({ path: '.tmp/screens/space-cpf.png' });
    await page.getByLabel('CPF').fill('11111111111');
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByText('CPF inválido. Confira os 11 números.')).toBeVisible();

    await page.getByLabel('CPF').fill(first.customerCpf);
    await expect(page.getByLabel('CPF')).toHaveValue(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByText(sentMessage)).toBeVisible();
    await expect(page.getByRole('button', { name: /Enviar de novo em \d+ s/ })).toBeDisabled();
    await expectNoA11yViolations(page);
    await expectTapTargets(page);
    await page.screenshot({ path: '.tmp/screens/space-code.png' });
    // The newest envelope's contact receives it.
    await page.getByLabel('Código recebido').fill(await codeFromOutbox(request, second.accountId, second.email));
    await page.getByRole('button', { name: 'Ver meus documentos' }).click();

    await expect(page.getByRole('heading', { name: 'Seus documentos' })).toBeVisible();
    const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(items).toHaveCount(3);
    await expect(items.first().getByRole('heading')).toHaveText(second.name);
    await expect(items.nth(1).getByRole('heading')).toHaveText(first.name);
    await expect(items.nth(2).getByRole('heading')).toHaveText(sealed.name);
    await expect(items.first().getByText('Aguardando sua assinatura')).toBeVisible();
    const done = items.nth(2);
    await expect(done.getByText('Concluído', { exact: true })).toBeVisible();
    await expect(done.getByText(/Você assinou em/)).toBeVisible();
    await expect(done.getByRole('link', { name: /Baixar assinado/ })).toHaveCount(sealed.documents.length);
    await expect(done.getByRole('button', { name: 'Assinar agora' })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await expectTapTargets(page);
    await page.screenshot({ path: '.tmp/screens/space-list.png', fullPage: true });

    const href = await done.getByRole('link').first().getAttribute('href');
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toContain('(assinado).pdf');
    const bytes = await file.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes('/ETSI.CAdES.detached')).toBe(true); // the sealed copy, with its PAdES signature
    // Without the space's cookie the same address gives nothing.
    expect((await request.get(href!)).status()).toBe(401);

    await items.first().getByRole('button', { name: 'Assinar agora' }).click();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();

    await page.goto('/s');
    await page.getByRole('button', { name: 'Sair' }).click();
    await expect(page.getByLabel('CPF')).toBeVisible();
  });

  test('a CPF with no envelopes gets the same answer, and any code is refused the same way', async ({ page }) => {
    await page.goto('/s');
    await page.getByLabel('CPF').fill(generateCpf()); // valid, and no envelope was sent to it
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByText(sentMessage)).toBeVisible();
    await page.getByLabel('Código recebido').fill('123456');
    await page.getByRole('button', { name: 'Ver meus documentos' }).click();
    await expect(page.getByText('Código incorreto. Restam 4 tentativas.')).toBeVisible();
  });
});
