import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { idDocumentOf, type SamplePerson } from '../lib/identity/testing/identity-fixtures';
import { signIn } from './fixtures';
import { codeFromOutbox } from './signer-helpers';

// Helpers of the identity-proof specs (e2e/signer-camera): a fake webcam plays a face-api sample
// photo (playwright.config.ts › signer-camera); the ID document is a generated card uploaded as a file.

export type Envelope = {
  accountId: string;
  customerCpf: string;
  operator: { email: string; password: string };
  recipients: { id: string; name: string; role: string; email: string | null; url: string }[];
};

export async function sentEnvelope(request: APIRequestContext, integration: { requireSelfie: boolean; requireIdDocument: boolean } = { requireSelfie: true, requireIdDocument: true }) {
  const res = await request.post('/api/test/envelope', { data: { integration } });
  expect(res.ok(), await res.text()).toBeTruthy();
  const envelope = (await res.json()) as Envelope;
  const customer = envelope.recipients.find((r) => r.role === 'customer')!;
  return { envelope, customer, path: new URL(customer.url).pathname };
}

/** Landing → code by e-mail → the identity step's LGPD notice, accepted. */
export async function reachCamera(page: Page, request: APIRequestContext, s: Awaited<ReturnType<typeof sentEnvelope>>) {
  await page.goto(s.path);
  await page.getByRole('link', { name: 'Começar' }).click();
  await page.getByRole('button', { name: 'Enviar código' }).click();
  await page.getByLabel('Código recebido').fill(await codeFromOutbox(request, s.envelope.accountId, s.customer.email!));
  await page.getByRole('button', { name: 'Confirmar' }).click();
  await expect(page.getByRole('heading', { name: 'Antes de usar a câmera' })).toBeVisible();
  await expect(page.getByText(/LGPD, art\. 11/)).toBeVisible();
  await shot(page, 'identity-1-consent');
  await page.getByRole('button', { name: 'Concordar e continuar' }).click();
  await expect(page.getByText('Marque a caixa para concordar antes de continuar.')).toBeVisible();
  await page.getByLabel('Li e concordo com o uso das minhas imagens para confirmar a minha identidade').check();
  await page.getByRole('button', { name: 'Concordar e continuar' }).click();
}

/** Screens to look at (SCREENSHOTS=1): .tmp/screens/*.png */
export async function shot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  fs.mkdirSync('.tmp/screens', { recursive: true });
  await page.screenshot({ path: `.tmp/screens/${name}.png`, fullPage: true });
}

export async function uploadId(page: Page, person: SamplePerson, holder: { name: string; cpf: string }) {
  await page.getByLabel('Frente do documento').setInputFiles({ name: 'rg-frente.jpg', mimeType: 'image/jpeg', buffer: await idDocumentOf(person, holder) });
  await page.getByRole('button', { name: 'Enviar para conferir' }).click();
}

export async function takeSelfie(page: Page) {
  await expect(page.getByRole('heading', { name: 'Tire uma selfie' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tudo certo: toque em Tirar selfie' })).toBeVisible({ timeout: 20_000 });
  const ms = Number(await page.locator('[data-detect-ms]').getAttribute('data-detect-ms'));
  test.info().annotations.push({ type: 'detection ms per frame', description: String(ms) });
  await shot(page, 'identity-2-selfie');
  await page.getByRole('button', { name: 'Tirar selfie' }).click();
  await expect(page.getByRole('heading', { name: 'Foto do documento' })).toBeVisible({ timeout: 15_000 });
}

export async function staffPage(browser: Browser, envelope: Envelope) {
  // The console on a desktop screen, not the project's phone.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  const staff = await context.newPage();
  await staff.goto('/login');
  await staff.waitForLoadState('networkidle');
  await signIn(staff, envelope.operator.email, envelope.operator.password);
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('Olá', { timeout: 20_000 });
  return staff;
}

/** Three failed document checks: a different person, then a CPF that differs twice → manual review. */
export async function failThreeTimes(page: Page, name: string, cpf: string) {
  const otherCpf = cpf.slice(0, 10) + String((Number(cpf.at(-1)) + 1) % 10);
  await uploadId(page, 'bia', { name, cpf });
  await expect(page.getByText(/O rosto da selfie não confere com a foto do documento/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Você tem mais 2 tentativas.', { exact: false })).toBeVisible();
  await shot(page, 'identity-4-face-mismatch');
  await uploadId(page, 'ana', { name, cpf: otherCpf });
  await expect(page.getByText(/Não conseguimos ler no documento o CPF cadastrado/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Você tem mais 1 tentativa.', { exact: false })).toBeVisible();
  await uploadId(page, 'ana', { name, cpf: otherCpf });
  await expect(page.getByRole('heading', { name: 'Seu documento foi para análise manual' })).toBeVisible({ timeout: 20_000 });
  await shot(page, 'identity-5-manual-review');
}

