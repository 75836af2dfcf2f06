import { expect, test, type Page } from '@playwright/test';
import { startSmtpSink } from '../../lib/notify/test-support';
import { createDeliveryEnvelope, startCloudApi } from '../delivery-helpers';

/** Reads every document to its last page and signs by typing the name, through the portal's visible labels. */
async function readAndSign(page: Page, name: string) {
  await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
  const buttons = page.getByRole('button', { name: /^Ler: / });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: /^Ler: / }).first().click();
    await expect(page.locator('[data-box="1"][data-painted="1"]')).toBeVisible();
    await page.mouse.wheel(0, 5000);
    await expect(page.getByText('✓ Última página alcançada.')).toBeVisible();
    await page.getByRole('button', { name: 'Concluir leitura' }).click();
    await expect(page.getByRole('heading', { name: 'Leia os documentos' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Continuar para assinar' }).click();
  await page.getByLabel('Seu nome completo').fill(name);
  await page.getByRole('button', { name: 'Assinar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pronto! Sua assinatura foi registrada' })).toBeVisible();
}

test.describe('delivery to the signer', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: -22.8833, longitude: -43.1036 } });

  test('[DELIVERY] by e-mail: the invitation reaches a real SMTP server, its link opens the portal, the code comes by e-mail and signing completes', async ({ page, request }) => {
    test.setTimeout(90_000);
    const smtp = await startSmtpSink();
    try {
      const env = await createDeliveryEnvelope(request, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
      const customer = env.recipients.find((r) => r.role === 'customer')!;
      const mailTo = (subject: RegExp) => smtp.received.find((m) => m.envelopeTo.includes(customer.email!) && subject.test(m.subject));
      await expect.poll(() => !!mailTo(/^Documento para assinar/), { timeout: 20_000 }).toBe(true);
      const invite = mailTo(/^Documento para assinar/)!;
      const link = /(http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+)/.exec(invite.text)?.[1];
      expect(link).toBe(customer.url);
      expect(invite.html).toContain(`href="${link}"`);

      await page.goto(link!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olá, José');
      await page.getByRole('link', { name: 'Começar' }).click();
      await page.getByRole('button', { name: 'Enviar código' }).click();
      await expect(page.getByText(/Enviamos um código por e-mail para/)).toBeVisible();
      await expect.poll(() => !!mailTo(/código de acesso/), { timeout: 20_000 }).toBe(true);
      const code = /\b(\d{6})\b/.exec(mailTo(/código de acesso/)!.text)![1];
      await page.getByLabel('Código recebido').fill(code);
      await page.getByRole('button', { name: 'Confirmar' }).click();
      await readAndSign(page, customer.name);
    } finally {
      await smtp.stop();
    }
  });

  test('[DELIVERY] by WhatsApp: the Cloud API gets the template with the link button, the code comes by WhatsApp and signing completes', async ({ page, request, baseURL }) => {
    test.setTimeout(90_000);
    const cloud = await startCloudApi();
    try {
      const env = await createDeliveryEnvelope(request, { whatsappUrl: cloud.url });
      const customer = env.recipients.find((r) => r.role === 'customer')!;
      const templates = (name: string) => cloud.to('5521998765432').filter((r) => r.json.template.name === name);
      await expect.poll(() => templates('rubrica_convite').length, { timeout: 20_000 }).toBe(1);
      const invite = templates('rubrica_convite')[0];
      expect(invite.path).toBe('/v21.0/106540352242922/messages');
      const button = invite.json.template.components.find((c) => c.type === 'button')!;
      const link = `${baseURL}/s/${button.parameters[0].text}`;
      expect(link).toBe(customer.url);

      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olá, José');
      await page.getByRole('link', { name: 'Começar' }).click();
      await page.getByRole('button', { name: 'Enviar código' }).click();
      await expect(page.getByText(/Enviamos um código por WhatsApp para/)).toBeVisible();
      await expect.poll(() => templates('rubrica_codigo').length, { timeout: 20_000 }).toBe(1);
      const code = templates('rubrica_codigo')[0].json.template.components[0].parameters[0].text;
      expect(code).toMatch(/^\d{6}$/);
      await page.getByLabel('Código recebido').fill(code);
      await page.getByRole('button', { name: 'Confirmar' }).click();
      await readAndSign(page, customer.name);
    } finally {
      await cloud.stop();
    }
  });
});
