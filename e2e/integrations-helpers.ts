import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';

export type SeenRequest = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * A stand-in signature provider on 127.0.0.1 (random port) for "Testar conexão": it records every
 * request and answers 200 when `accept(request)` says so, 401 otherwise.
 */
export async function startFakeProvider(accept: (req: SeenRequest) => boolean) {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      res.writeHead(accept(entry) ? 200 : 401, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A port nobody listens on (opened and closed again). */
export async function closedPort() {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export const RITA = { name: 'Rita Responsável', cpf: '529.982.247-25', email: 'rita@empresa.com.br', phone: '(11) 98765-4321' };
export const TITO = { name: 'Tito Testemunha', cpf: '111.444.777-35', email: 'tito@empresa.com.br', phone: '(21) 98765-4321' };

export async function createEmployee(page: Page, e: typeof RITA) {
  await page.goto('/console/employees/new');
  await page.getByLabel('Nome').fill(e.name);
  await page.getByLabel('CPF').fill(e.cpf);
  await page.getByLabel('E-mail').fill(e.email);
  await page.getByLabel('Celular').fill(e.phone);
  await page.getByRole('button', { name: 'Cadastrar colaborador' }).click();
  await expect(page).toHaveURL(/\/console\/employees$/);
}

/** The built-in integrator: no credentials, the quickest valid integration. Returns its page URL. */
export async function createBuiltInIntegration(page: Page, description: string) {
  await page.goto('/console/integrations/new');
  await page.getByLabel('Integrador').selectOption({ label: 'Rubrica (assinatura integrada)' });
  await page.getByLabel('Descrição').fill(description);
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page).toHaveURL(/\/console\/integrations\/[0-9a-f-]{36}\?criada=1/);
  return page.url().replace(/\?.*$/, '');
}

export async function createBranch(page: Page, name: string, integration?: string) {
  await page.goto('/console/branches/new');
  await page.getByLabel('Nome').fill(name);
  if (integration) await selectIntegration(page, integration);
  await page.getByRole('button', { name: 'Criar filial' }).click();
  await expect(page).toHaveURL(/\/console\/branches$/);
}

/** Opens the delete dialog, confirms, and returns the dialog (to read a refusal from). */
export async function confirmDelete(page: Page) {
  await page.getByRole('button', { name: 'Excluir' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Excluir' }).click();
  return dialog;
}

/** Picks, in the branch form, the integration whose option starts with this description. */
export async function selectIntegration(page: Page, description: string | null) {
  const select = page.getByLabel('Integração assinatura digital');
  if (description === null) return select.selectOption('');
  const value = await select.locator('option', { hasText: `${description} —` }).getAttribute('value');
  await select.selectOption(value!);
}

/** Captures the server-action request a click sends, to replay it with another session. */
export async function captureAction(page: Page, click: () => Promise<void>) {
  const [req] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']), click()]);
  const headers = { 'next-action': req.headers()['next-action'], 'content-type': req.headers()['content-type'], accept: 'text/x-component' };
  return { path: new URL(req.url()).pathname, headers, body: req.postData()! };
}
