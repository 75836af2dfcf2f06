import { expect, signInAs, test } from '../fixtures';
import { closedPort, confirmDelete, createBranch, createBuiltInIntegration, createEmployee, RITA, startFakeProvider } from '../integrations-helpers';

test('[INTEGRATIONS] an admin sets up Clicksign, tests the connection, replaces the token, edits and deletes it', async ({ page, account }) => {
  const provider = await startFakeProvider((req) => req.headers.authorization === 'token-bom');
  try {
    await signInAs(page, account, 'admin');
    await createEmployee(page, RITA);
    await page.getByRole('navigation').getByRole('link', { name: 'Integrações' }).click();
    await page.getByRole('link', { name: 'Nova integração' }).click();
    await page.getByLabel('Integrador').selectOption({ label: 'Clicksign' });
    await page.getByLabel('Ambiente').selectOption({ label: 'Homologação (Sandbox)' });
    await expect(page.getByText('Vazio = endereço padrão: https://sandbox.clicksign.com')).toBeVisible();
    await page.getByLabel('Descrição').fill('Clicksign homologação');
    await page.getByLabel('URL do serviço').fill(provider.url);
    await page.getByLabel('E-mail do usuário da API').fill('api@empresa.com.br');
    await page.getByLabel('Access Token').fill('token-ruim');
    await page.getByLabel('Segredo do webhook').fill('segredo-do-webhook-XYZ');
    await page.getByLabel('E-mail para relatórios de erro').fill('erros@empresa.com.br');
    await page.getByLabel('Método de envio do link de assinatura').selectOption('service_order');
    await page.getByLabel('Selfie obrigatória').check();
    await page.getByLabel('Prazo para assinar (dias)').fill('30');
    await page.getByLabel('Responsável pela empresa').selectOption({ label: 'Rita Responsável (529.982.247-25)' });
    await page.getByRole('button', { name: 'Criar integração' }).click();
    await expect(page).toHaveURL(/criada=1/);
    await expect(page.getByText('Integração criada.', { exact: false })).toBeVisible();

    // Saved secrets never come back to the browser: a mask and a "Salvo" badge only.
    const html = await page.content();
    expect(html).not.toContain('token-ruim');
    expect(html).not.toContain('segredo-do-webhook-XYZ');
    await expect(page.getByLabel('Access Token')).toHaveValue('');
    await expect(page.getByLabel('Access Token')).toHaveAttribute('placeholder', '••••••••');
    await expect(page.getByLabel('Prazo para assinar (dias)')).toHaveValue('30');
    await expect(page.getByLabel('Selfie obrigatória')).toBeChecked();

    await page.getByRole('button', { name: 'Testar conexão' }).click();
    await expect(page.getByTestId('connection-result')).toHaveText('Token recusado pelo provedor.');
    const probe = provider.seen.at(-1)!;
    expect(probe.method).toBe('GET');
    expect(probe.url).toMatch(/^\/api\/v3\/envelopes/);
    expect(probe.headers.authorization).toBe('token-ruim');

    await page.getByLabel('Access Token').fill('token-bom');
    await page.getByRole('button', { name: 'Salvar integração' }).click();
    await expect(page.getByText('Integração salva.')).toBeVisible();
    await page.getByRole('button', { name: 'Testar conexão' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Conexão com Clicksign');
    await expect(page.getByTestId('connection-result')).toContainText('funcionando');

    // Blank keeps the token; "remover" clears the webhook secret.
    await page.reload();
    await page.getByLabel('Descrição').fill('Clicksign sandbox');
    await page.locator('#integration-webhookSecret-remove').check();
    await page.getByRole('button', { name: 'Salvar integração' }).click();
    await expect(page.getByText('Integração salva.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clicksign sandbox');
    await expect(page.locator('#integration-webhookSecret')).toHaveAttribute('placeholder', '');
    await expect(page.locator('#integration-apiToken')).toHaveAttribute('placeholder', '••••••••');
    await page.getByRole('button', { name: 'Testar conexão' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('funcionando');

    // The token is required: removing it without a new one is refused on the field (server check).
    await page.locator('#integration-apiToken-remove').check();
    await page.getByRole('button', { name: 'Salvar integração' }).click();
    await expect(page.getByText('Informe o Access Token gerado na Clicksign (Configurações › API).')).toBeVisible();

    await page.goto('/console/logs');
    const log = page.getByTestId('activity-table');
    await expect(log).toContainText('Criou a integração "Clicksign homologação" (Clicksign, Homologação (Sandbox))');
    await expect(log).toContainText('Alterou a integração "Clicksign sandbox" (Clicksign)');

    await page.goto('/console/integrations');
    await page.getByRole('link', { name: 'Clicksign sandbox' }).click();
    await confirmDelete(page);
    await expect(page).toHaveURL(/\/console\/integrations$/);
    await expect(page.getByText('Nenhuma integração cadastrada ainda.')).toBeVisible();
  } finally {
    await provider.close();
  }
});

test('[INTEGRATIONS] expiry beyond 90 days, zero days and missing credentials are refused field by field', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/integrations/new');
  await page.getByLabel('Integrador').selectOption({ label: 'TOTVS Assinatura Eletrônica' });
  await page.getByLabel('Prazo para assinar (dias)').fill('91');
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page.getByText('Informe uma descrição para identificar a integração.')).toBeVisible();
  await expect(page.getByText('O prazo de expiração não pode passar de 90 dias.')).toBeVisible();
  await expect(page.getByText('Informe o usuário (e-mail de acesso) do TOTVS Assinatura Eletrônica.')).toBeVisible();
  await expect(page.getByText('Informe a senha do usuário do TOTVS Assinatura Eletrônica.')).toBeVisible();

  await page.getByLabel('Prazo para assinar (dias)').fill('0');
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page.getByText('O prazo de expiração deve ser de pelo menos 1 dia. Deixe em branco para usar 15 dias.')).toBeVisible();

  await page.getByLabel('Integrador').selectOption({ label: 'ArqSign' });
  await page.getByLabel('Ambiente').selectOption({ label: 'Homologação (Sandbox)' });
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page.getByText('Informe a URL do serviço: ArqSign não tem endereço padrão em Homologação (Sandbox).')).toBeVisible();
  await expect(page.getByText('Informe a AppKey da conta ArqSign (Integrações › API).')).toBeVisible();

  await page.goto('/console/integrations');
  await expect(page.getByText('Nenhuma integração cadastrada ainda.')).toBeVisible();
});

test('[INTEGRATIONS] deleting an integration that branches use is refused, naming the branches', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  const url = await createBuiltInIntegration(page, 'Assinatura própria');
  await createBranch(page, 'Centro', 'Assinatura própria');
  await createBranch(page, 'Bairro Alto', 'Assinatura própria');
  await page.goto(url);
  const dialog = await confirmDelete(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'A integração "Assinatura própria" está em uso pelas filiais: Bairro Alto, Centro. Vincule essas filiais a outra integração antes de excluir.',
  );
  await page.keyboard.press('Escape');
  await page.goto('/console/integrations');
  await expect(page.getByTestId('integration-Assinatura própria')).toContainText('2 filiais');
});

test('[INTEGRATIONS] Testar conexão: the built-in signer is always ready; an unreachable provider is named', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await createBuiltInIntegration(page, 'Assinatura própria');
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('sempre pronta');

  const port = await closedPort();
  await page.goto('/console/integrations/new');
  await page.getByLabel('Integrador').selectOption({ label: 'TOTVS Assinatura Eletrônica' });
  await page.getByLabel('Descrição').fill('TOTVS fora do ar');
  await page.getByLabel('URL do serviço').fill(`http://127.0.0.1:${port}`);
  await page.getByLabel('Usuário').fill('usuario@empresa.com.br');
  await page.getByLabel('Senha').fill('senha-tae');
  await page.getByRole('button', { name: 'Criar integração' }).click();
  await expect(page).toHaveURL(/criada=1/);
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('connection-result')).toHaveText(`Não foi possível conectar a 127.0.0.1:${port}.`);
});

test('[INTEGRATIONS] notification templates: unknown variables are refused; the integration picks one per recipient', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await page.goto('/console/integrations');
  await page.getByRole('link', { name: 'Modelos de notificação' }).click();
  await page.getByRole('link', { name: 'Novo modelo' }).click();
  await page.getByLabel('Nome').fill('Convite por e-mail');
  await page.getByLabel('Assunto').fill('Assine {{documento.nome}}');
  await page.getByLabel('Mensagem').fill('Olá {{signatario.nome}}, sua senha é {{senha}}. Assine em {{link}}.');
  await page.getByRole('button', { name: 'Criar modelo' }).click();
  await expect(page.getByText('Variável desconhecida: {{senha}}. Use apenas as variáveis da lista.')).toBeVisible();
  await page.getByLabel('Mensagem').fill('Olá {{signatario.nome}}, assine {{documento.nome}} até {{prazo}}: {{link}}');
  await page.getByRole('button', { name: 'Criar modelo' }).click();
  await expect(page).toHaveURL(/\/console\/integrations\/templates$/);

  await page.getByRole('link', { name: 'Novo modelo' }).click();
  await page.getByLabel('Canal').selectOption({ label: 'WhatsApp' });
  await page.getByLabel('Nome', { exact: true }).fill('Link por WhatsApp');
  await page.getByLabel('Mensagem').fill('{{signatario.nome}}, seu link: {{link}}');
  await page.getByRole('button', { name: 'Criar modelo' }).click();
  await expect(page.getByTestId('templates-table')).toContainText('Link por WhatsApp');

  // Editing a template.
  await page.getByRole('link', { name: 'Convite por e-mail' }).click();
  await page.getByLabel('Assunto').fill('Documento para assinar: {{documento.nome}}');
  await page.getByRole('button', { name: 'Salvar modelo' }).click();
  await expect(page.getByText('Modelo salvo.')).toBeVisible();

  const url = await createBuiltInIntegration(page, 'Assinatura própria');
  await page.getByLabel('E-mail para o cliente', { exact: true }).selectOption({ label: 'Convite por e-mail' });
  await page.getByLabel('WhatsApp para a testemunha do cliente').selectOption({ label: 'Link por WhatsApp' });
  await page.getByRole('button', { name: 'Salvar integração' }).click();
  await expect(page.getByText('Integração salva.')).toBeVisible();
  await page.goto(url);
  await expect(page.getByLabel('E-mail para o cliente', { exact: true }).locator('option:checked')).toHaveText('Convite por e-mail');
  await expect(page.getByLabel('WhatsApp para a testemunha do cliente').locator('option:checked')).toHaveText('Link por WhatsApp');

  // A template in use cannot be deleted.
  await page.goto('/console/integrations/templates');
  await page.getByRole('link', { name: 'Link por WhatsApp' }).click();
  const dialog = await confirmDelete(page);
  await expect(dialog.getByRole('alert')).toContainText('em uso pelas integrações: Assinatura própria');
});

test('[INTEGRATIONS] operators and viewers see the settings but never the secrets, and cannot change them', async ({ browser, account }) => {
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, account, 'admin');
  await admin.goto('/console/integrations/new');
  await admin.getByLabel('Integrador').selectOption({ label: 'Clicksign' });
  await admin.getByLabel('Descrição').fill('Clicksign produção');
  await admin.getByLabel('E-mail do usuário da API').fill('api@empresa.com.br');
  await admin.getByLabel('Access Token').fill('token-secreto-123');
  await admin.getByRole('button', { name: 'Criar integração' }).click();
  await expect(admin).toHaveURL(/criada=1/);
  const url = admin.url().replace(/\?.*$/, '');
  await adminCtx.close();

  for (const role of ['operator', 'viewer'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, account, role);
    await page.goto('/console/integrations');
    await expect(page.getByRole('link', { name: 'Nova integração' })).toHaveCount(0);
    await page.goto(url);
    await expect(page.getByLabel('Descrição')).toBeDisabled();
    await expect(page.getByLabel('Descrição')).toHaveValue('Clicksign produção');
    expect(await page.content()).not.toContain('token-secreto-123');
    await expect(page.getByRole('button', { name: 'Testar conexão' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Salvar integração' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Excluir' })).toHaveCount(0);
    expect((await page.goto('/console/integrations/new'))?.status()).toBe(403);
    expect((await page.goto('/console/integrations/templates/new'))?.status()).toBe(403);
    await ctx.close();
  }
});
