import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { measureFirstLoadJs } from '../../lib/testing/js-weight';
import { codeFromOutbox, expectNoA11yViolations, expectTapTargets } from '../signer-helpers';

type Envelope = {
  accountId: string;
  envelopeId: string;
  documents: { id: string; name: string; pageCount: number }[];
  recipients: { id: string; name: string; role: string; email: string | null; action: string; signingOrder: number; url: string }[];
};

/** A contract's envelope, sent; the customer (order 1) signs first by typing the name. */
type EnvelopeOptions = {
  twoSigners?: boolean;
  integration?: Record<string, boolean>;
  termPages?: number;
  readRequired?: boolean;
  customer?: { attachmentRequests?: { name: string; required: boolean }[]; documentNumberRequest?: { type: string } };
};
async function sentEnvelope(request: APIRequestContext, options: EnvelopeOptions = {}) {
  const res = await request.post('/api/test/envelope', { data: options });
  expect(res.ok(), await res.text()).toBeTruthy();
  const envelope = (await res.json()) as Envelope;
  const customer = envelope.recipients.find((r) => r.role === 'customer')!;
  return { envelope, customer, path: new URL(customer.url).pathname };
}

async function confirmIdentity(page: Page, request: APIRequestContext, accountId: string, email: string) {
  await page.getByRole('button', { name: 'Enviar código' }).click();
  await expect(page.getByText(/Enviamos um código por e-mail para/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Enviar de novo em \d+ s/ })).toBeDisabled();
  await page.getByLabel('Código recebido').fill(await codeFromOutbox(request, accountId, email));
  await page.getByRole('button', { name: 'Confirmar' }).click();
}

test.describe('signer portal', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: -22.8833, longitude: -43.1036 } });

  test('[SIGNING] the customer confirms the code, reads both documents and signs by typing the name', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olá, José');
    await expect(page.getByText(/^Filial .+ enviou um documento para você assinar:$/)).toBeVisible();
    await expect(page.getByText(/Prazo para assinar: até \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    for (const d of envelope.documents) await expect(page.getByText(d.name)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Recusar' })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectTapTargets(page);

    await page.getByRole('link', { name: 'Começar' }).click();
    await expect(page.getByRole('heading', { name: 'Confirme que é você' })).toBeVisible();
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByLabel('Código recebido')).toHaveAttribute('autocomplete', 'one-time-code');
    await expectNoA11yViolations(page);
    await page.getByLabel('Código recebido').fill(await codeFromOutbox(request, envelope.accountId, customer.email!));
    await page.getByRole('button', { name: 'Confirmar' }).click();

    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectTapTargets(page);
    expect(envelope.documents).toHaveLength(2);
    for (const d of envelope.documents) {
      await page.getByRole('button', { name: `Ler: ${d.name}` }).click();
      await expect(page.getByRole('heading', { name: d.name })).toBeVisible();
      // PDF.js draws the page; its worker comes from our own origin.
      await expect(page.locator('[data-box="1"][data-painted="1"]')).toBeVisible();
      // The reader's PDF comes through the signer session, not an open URL; "Baixar" gets the original.
      const pdf = await page.request.get(`${path}/documents/${d.id}?download=1`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename=/);
      await expect(page.getByRole('link', { name: `Baixar o PDF original de ${d.name}` })).toHaveAttribute('href', `${path}/documents/${d.id}?download=1`);
      await page.mouse.wheel(0, 3000);
      await expect(page.getByText('✓ Última página alcançada.')).toBeVisible();
      await page.getByRole('button', { name: 'Concluir leitura' }).click();
      await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
    }
    await expect(page.getByText('✓ Lido')).toHaveCount(2);
    await page.getByRole('button', { name: 'Continuar para assinar' }).click();

    await expect(page.getByLabel('Seu nome completo')).toBeVisible();
    await expectTapTargets(page);
    await page.getByLabel('Seu nome completo').fill('José Conceição');
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByText(/Digite seu nome completo exatamente como aparece: José da Conceição/)).toBeVisible();
    await page.getByLabel('Seu nome completo').fill('jose da conceicao');
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();
    await expect(page.getByText('Ainda faltam outras pessoas assinarem.', { exact: false })).toBeVisible();
    await expect(page.getByText(/sem a sua localização/)).toHaveCount(0);

    // Without the session cookie the documents stay closed.
    const anonymous = await request.get(`${path}/documents/${envelope.documents[0].id}`);
    expect(anonymous.status()).toBe(401);
  });

  test('[SIGNING] five wrong codes lock the code', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request);
    await page.goto(`${path}?etapa=acesso`);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    const real = await codeFromOutbox(request, envelope.accountId, customer.email!);
    const wrong = real === '000000' ? '111111' : '000000';
    for (const left of [4, 3, 2]) {
      await page.getByLabel('Código recebido').fill(wrong);
      await page.getByRole('button', { name: 'Confirmar' }).click();
      await expect(page.getByText(`Código incorreto. Restam ${left} tentativas.`)).toBeVisible();
    }
    await page.getByLabel('Código recebido').fill(wrong);
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByText('Código incorreto. Resta 1 tentativa.')).toBeVisible();
    await page.getByLabel('Código recebido').fill(wrong);
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByText('Muitas tentativas. Peça um novo código.')).toBeVisible();
    // Even the right code no longer opens the documents.
    await page.getByLabel('Código recebido').fill(real);
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await expect(page.getByText('Muitas tentativas. Peça um novo código.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toHaveCount(0);
  });

  test('[SIGNING] a tampered link shows the neutral page', async ({ page, request }) => {
    const { path } = await sentEnvelope(request);
    const last = path.at(-1) === 'A' ? 'B' : 'A';
    await page.goto(path.slice(0, -1) + last);
    await expect(page.getByRole('heading', { name: 'Link inválido ou expirado' })).toBeVisible();
    await expect(page.getByText(/peça um novo link/)).toBeVisible();
    await page.goto('/s/nao-e-um-link');
    await expect(page.getByRole('heading', { name: 'Link inválido ou expirado' })).toBeVisible();
  });

  test('[SIGNING] declines with a reason', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request);
    await page.goto(path);
    await page.getByRole('link', { name: 'Recusar' }).click();
    await expect(page.getByText(/Para recusar, primeiro confirme que é você/)).toBeVisible();
    await confirmIdentity(page, request, envelope.accountId, customer.email!);

    const dialog = page.getByRole('dialog', { name: 'Recusar o documento' });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page);
    await expectTapTargets(page, '[role=dialog]');
    await dialog.getByLabel('Motivo da recusa').fill('não');
    await dialog.getByRole('button', { name: 'Recusar documento' }).click();
    await expect(dialog.getByText(/pelo menos 5 caracteres/)).toBeVisible();
    await dialog.getByLabel('Motivo da recusa').fill('O valor do plano está diferente do combinado.');
    await dialog.getByRole('button', { name: 'Recusar documento' }).click();
    await expect(page.getByRole('heading', { name: 'Recusa registrada' })).toBeVisible();
  });

  test('[SIGNING] a signer who owes a selfie gets the identity step between the code and the reading', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request, { integration: { requireSelfie: true } });
    await page.goto(path);
    const steps = page.getByRole('list', { name: 'Etapas' });
    await expect(steps.getByRole('listitem')).toHaveText(['1Confirmar acesso', '2Identidade', '3Ler', '4Assinar']);
    await page.getByRole('link', { name: 'Começar' }).click();
    await confirmIdentity(page, request, envelope.accountId, customer.email!);

    // The identity proof (e2e/signer/identity.spec.ts) starts with the LGPD notice, before any camera.
    await expect(page.getByRole('heading', { name: 'Antes de usar a câmera' })).toBeVisible();
    await expect(page.getByText(/pede uma selfie\./)).toBeVisible();
    await expect(page.getByText(/documento de identidade/)).toHaveCount(0);
    await expect(steps.locator('[aria-current="step"]')).toContainText('Identidade');
    await expectNoA11yViolations(page);
  });

  test('[SIGNING] mandatory reading: signing waits until every document was scrolled to its last page', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request, { termPages: 12, readRequired: true });
    await page.goto(`${path}?etapa=acesso`);
    await confirmIdentity(page, request, envelope.accountId, customer.email!);
    await expect(page.getByText('Quem enviou pede que você leia todos os documentos até o fim antes de assinar.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeDisabled();

    const long = envelope.documents.find((d) => d.pageCount === 12)!;
    await page.getByRole('button', { name: `Ler: ${long.name}` }).click();
    await expect(page.getByText('Pág. 1/12')).toBeVisible();
    await expect(page.getByText('Role até a última página.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Concluir leitura' })).toBeDisabled();
    await expectNoA11yViolations(page);
    // Zoom buttons change the page width; pages far from the screen hold no canvas.
    const width = async () => (await page.locator('[data-box="1"]').boundingBox())!.width;
    const before = await width();
    await page.getByRole('button', { name: 'Aumentar o zoom' }).click();
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await page.getByRole('button', { name: 'Diminuir o zoom' }).click();
    await expect.poll(width).toBeCloseTo(before, 0);
    expect(await page.locator('canvas').count()).toBeLessThan(6);

    // Leaving halfway keeps the document unread.
    await page.getByRole('button', { name: 'Voltar', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeDisabled();
    await page.getByRole('button', { name: `Ler: ${long.name}` }).click();
    await expect(page.locator('[data-box="1"][data-painted="1"]')).toBeVisible();
    await page.locator('[data-box="12"]').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2000);
    await expect(page.getByText('Pág. 12/12')).toBeVisible();
    await expect(page.locator('[data-box="12"][data-painted="1"]')).toBeVisible();
    await page.getByRole('button', { name: 'Concluir leitura' }).click();
    await expect(page.getByText('✓ Lido')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeDisabled();

    // After a reload the server still knows what was read.
    await page.reload();
    await expect(page.getByText('✓ Lido')).toHaveCount(1);
    const other = envelope.documents.find((d) => d.id !== long.id)!;
    await page.getByRole('button', { name: `Ler: ${other.name}` }).click();
    await expect(page.locator('[data-box="1"][data-painted="1"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Concluir leitura' })).toBeDisabled();
    await page.mouse.wheel(0, 3000);
    await page.getByRole('button', { name: 'Concluir leitura' }).click();
    await expect(page.getByText('✓ Lido')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeEnabled();
  });

  test('[SIGNING] the landing page loads at most 200 KB of JavaScript (gzip); PDF.js only at the reading step', async ({ page, request }) => {
    const { path } = await sentEnvelope(request);
    const weight = await measureFirstLoadJs(page, path);
    expect(weight.gzipBytes, JSON.stringify(weight.largest)).toBeLessThanOrEqual(200 * 1024);
    const pdfjs = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /pdf\.worker|pdfjs/.test(e.name)).length);
    expect(pdfjs).toBe(0);
  });

  test('[SIGNING] requested attachments: the wrong type is refused, the required file comes before signing, and the CPF is asked at signing', async ({ page, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request, {
      customer: { attachmentRequests: [{ name: 'Comprovante de residência', required: true }, { name: 'Foto do RG', required: false }], documentNumberRequest: { type: 'cpf' } },
    });
    await page.goto(path);
    await expect(page.getByRole('list', { name: 'Etapas' }).getByRole('listitem')).toHaveText(['1Confirmar acesso', '2Ler', '3Anexos', '4Assinar']);
    await page.getByRole('link', { name: 'Começar' }).click();
    await confirmIdentity(page, request, envelope.accountId, customer.email!);
    await page.getByRole('button', { name: 'Continuar para os anexos' }).click();

    await expect(page.getByRole('heading', { name: 'Envie os anexos' })).toBeVisible();
    await expect(page.getByText('Falta 1 anexo obrigatório.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeDisabled();
    await expectNoA11yViolations(page);
    // A web page renamed to .pdf is refused: the type is read from the content.
    const proof = page.getByLabel('Escolher arquivo: Comprovante de residência');
    await proof.setInputFiles({ name: 'comprovante.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>não sou um PDF</body></html>') });
    await expect(page.getByText('Envie um arquivo PDF, JPG ou PNG.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continuar para assinar' })).toBeDisabled();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await proof.setInputFiles({ name: 'comprovante.jpg', mimeType: 'image/jpeg', buffer: png });
    await expect(page.getByText(/✓ Enviado: comprovante\.png/)).toBeVisible();
    await expect(page.getByLabel('Trocar arquivo: Comprovante de residência')).toBeAttached();
    await page.getByRole('button', { name: 'Continuar para assinar' }).click();

    await expect(page.getByLabel('CPF')).toHaveAttribute('inputmode', 'numeric');
    await page.getByLabel('Seu nome completo').fill('José da Conceição');
    await page.getByLabel('CPF').fill('111.111.111-12');
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByText('CPF inválido: confira os números.')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('CPF').fill(validCpf());
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();
  });

  test('[SIGNING] a required location explains itself when the signer denies it', async ({ browser, request }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'pt-BR', permissions: [] });
    const page = await context.newPage();
    const { envelope, customer, path } = await sentEnvelope(request, { integration: { requireGeolocation: true } });
    await page.goto(`${path}?etapa=acesso`);
    await confirmIdentity(page, request, envelope.accountId, customer.email!);
    for (const d of envelope.documents) {
      await page.getByRole('button', { name: `Ler: ${d.name}` }).click();
      await expect(page.locator('[data-box="1"][data-painted="1"]')).toBeVisible();
      await page.getByRole('button', { name: 'Voltar', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Continuar para assinar' }).click();
    await expect(page.getByText(/exige a localização do seu aparelho/)).toBeVisible();
    await page.getByLabel('Seu nome completo').fill('José da Conceição');
    await page.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(page.getByText(/A localização foi bloqueada.*“Permissões” › “Localização”/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toHaveCount(0);
    await context.close();
  });

  test('[SIGNING] two documents, two signers in order: the customer draws, the company types; the envelope completes once and the same link downloads it', async ({ browser, request }) => {
    const { envelope, customer, path } = await sentEnvelope(request, { twoSigners: true, integration: { requireHandwritten: true } });
    expect(envelope.documents).toHaveLength(2);
    expect(envelope.recipients.map((r) => [r.role, r.signingOrder, r.action])).toEqual([
      ['customer', 1, 'handwritten'],
      ['company_signer', 2, 'sign'],
    ]);
    const company = envelope.recipients.find((r) => r.role === 'company_signer')!;
    const companyPath = new URL(company.url).pathname;
    const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'pt-BR', permissions: ['geolocation'], geolocation: { latitude: -23.55, longitude: -46.63 } };

    // The company representative cannot sign before the customer.
    const second = await (await browser.newContext(phone)).newPage();
    await second.goto(`${companyPath}?etapa=acesso`);
    await confirmIdentity(second, request, envelope.accountId, company.email!);
    await second.getByRole('button', { name: 'Continuar para assinar' }).click();
    await second.getByLabel('Seu nome completo').fill(company.name);
    await second.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(second.getByText('Ainda não é a sua vez de assinar.', { exact: false })).toBeVisible();

    // The customer draws the signature on the pad.
    const first = await (await browser.newContext(phone)).newPage();
    await first.goto(`${path}?etapa=acesso`);
    await confirmIdentity(first, request, envelope.accountId, customer.email!);
    await first.getByRole('button', { name: 'Continuar para assinar' }).click();
    await expect(first.getByRole('heading', { name: 'Assinar' })).toBeVisible();
    await expectNoA11yViolations(first);
    await first.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(first.getByText('Desenhe sua assinatura antes de continuar.')).toBeVisible();
    const pad = (await first.getByRole('img', { name: 'Quadro para desenhar a assinatura' }).or(first.locator('canvas')).first().boundingBox())!;
    await first.mouse.move(pad.x + 30, pad.y + pad.height / 2);
    await first.mouse.down();
    for (let i = 1; i <= 12; i++) await first.mouse.move(pad.x + 30 + i * 20, pad.y + pad.height / 2 + (i % 2 ? -25 : 25));
    await first.mouse.up();
    await first.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(first.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();
    await expect(first.getByText('Ainda faltam outras pessoas assinarem.', { exact: false })).toBeVisible();

    // Now the company signs, and that completes the envelope.
    await second.getByRole('button', { name: 'Assinar', exact: true }).click();
    await expect(second.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();
    await expect(second.getByText(/Todas as pessoas já assinaram/)).toBeVisible();
    await expect(second.getByText(/cópia com o selo de assinatura digital está sendo preparada/)).toBeVisible();
    await expectNoA11yViolations(second);

    const events = (await (await request.post('/api/test/envelope-events', { data: { envelopeId: envelope.envelopeId } })).json()) as { types: string[] };
    expect(events.types.filter((t) => t === 'envelope.completed')).toHaveLength(1);
    expect(events.types.filter((t) => t === 'recipient.signed')).toHaveLength(2);

    // Later, from the same link and without the code, the customer downloads both documents.
    const later = await (await browser.newContext(phone)).newPage();
    await later.goto(path);
    await expect(later.getByText(/Todas as pessoas já assinaram/)).toBeVisible();
    for (const d of envelope.documents) {
      const link = later.getByRole('link', { name: new RegExp(d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      const [download] = await Promise.all([later.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    }
  });

  test('[SIGNING] an expired link shows the neutral page', async ({ page, request }) => {
    const { envelope, path } = await sentEnvelope(request);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olá, José');
    await request.post('/api/test/expire-envelope', { data: { envelopeId: envelope.envelopeId } });
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Link inválido ou expirado' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

/** A CPF with valid check digits. */
function validCpf() {
  const d = Array.from({ length: 9 }, (_, i) => (i * 7 + 3) % 10);
  for (const len of [9, 10]) {
    const sum = d.slice(0, len).reduce((s, n, i) => s + n * (len + 1 - i), 0);
    d.push(((sum * 10) % 11) % 10);
  }
  return d.join('');
}
