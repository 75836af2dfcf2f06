import { createAccount, expect, signInAs, test } from '../fixtures';

const BANNER = 'O envio de e-mails não está configurado (SMTP_URL): as mensagens ficam na Caixa de saída.';

test('[OUTBOX] without SMTP_URL a queued e-mail lands in the outbox, the console says mail is not sent, and the mail reads with its button link', async ({
  page,
  request,
  account,
}) => {
  const link = `https://rubrica.exemplo.com.br/s/e2e-${Date.now()}`;
  const name = 'Maria <b>Teste</b>';
  const subject = `Assinatura pendente: contrato nº 123 — ${name}`;
  const queued = await request.post('/api/test/queue-mail', { data: { accountId: account.accountId, link, name, to: 'maria.teste@exemplo.com.br' } });
  expect(queued.ok(), await queued.text()).toBeTruthy();
  // Another account's mail never shows here.
  const other = await createAccount(request);
  await request.post('/api/test/queue-mail', { data: { accountId: other.accountId, name: 'Outra Conta' } });

  await signInAs(page, account, 'admin');
  await page.getByRole('navigation', { name: 'Seções do console' }).getByRole('link', { name: 'Caixa de saída' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caixa de saída');
  await expect(page.getByTestId('mail-not-configured')).toHaveText(BANNER);

  // The server's own worker delivers it to the outbox within a poll or two.
  const open = page.getByRole('link', { name: subject });
  await expect(async () => {
    await page.reload();
    await expect(open).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const table = page.getByTestId('outbox-table');
  await expect(table.getByRole('row')).toHaveCount(2); // header + this account's one mail
  await expect(table).toContainText('maria.teste@exemplo.com.br');
  await expect(table).not.toContainText('Outra Conta');

  await open.click();
  const mail = page.getByTestId('outbox-mail');
  await expect(mail.getByRole('heading', { level: 2 })).toHaveText(subject);
  await expect(mail).toContainText('maria.teste@exemplo.com.br');
  await expect(mail).toContainText('Rubrica <nao-responda@localhost>');

  const iframe = page.locator('iframe[title="Conteúdo do e-mail"]');
  const sandbox = await iframe.getAttribute('sandbox');
  expect(sandbox).not.toBeNull();
  expect(sandbox).not.toMatch(/allow-scripts|allow-same-origin/);
  const frame = page.frameLocator('iframe[title="Conteúdo do e-mail"]');
  await expect(frame.getByRole('link', { name: 'Assinar o documento' })).toHaveAttribute('href', link);
  await expect(frame.getByRole('link', { name: link })).toHaveAttribute('href', link);
  // The name was escaped, not interpreted: it reads as typed.
  await expect(frame.getByText(`Olá, ${name}!`)).toBeVisible();
  await expect(frame.locator('b')).toHaveCount(0);

  await mail.getByText('Versão em texto').click();
  await expect(mail.locator('pre')).toContainText(link);
});

test('[OUTBOX] only admins open the outbox', async ({ page, account }) => {
  await signInAs(page, account, 'operator');
  await expect(page.getByRole('navigation', { name: 'Seções do console' }).getByRole('link', { name: 'Caixa de saída' })).toHaveCount(0);
  const res = await page.goto('/console/outbox');
  expect(res?.status()).toBe(403);
});
