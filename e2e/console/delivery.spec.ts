import { createDeliveryEnvelope, eventually, startCloudApi } from '../delivery-helpers';
import { expect, signIn, test } from '../fixtures';

const SHOTS = '.tmp/screenshots';

test('[DELIVERY] a WhatsApp provider that refuses the token: the message fails, the job is listed with its error, and "Tentar novamente" sends it once the token works', async ({ page, request }) => {
  test.setTimeout(90_000); // several worker round trips on a shared machine
  const cloud = await startCloudApi();
  try {
    cloud.respond(() => ({ status: 401, body: { error: { message: 'Error validating access token: Session has expired', type: 'OAuthException', code: 190 } } }));
    const env = await createDeliveryEnvelope(request, { whatsappUrl: cloud.url });
    const customer = env.recipients.find((r) => r.role === 'customer')!;
    await signIn(page, env.users.admin.email, env.password);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');

    await page.goto(`/console/envelopes/${env.envelopeId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(env.name);
    const message = page.getByTestId('message').first();
    await eventually(page, () => expect(message).toHaveAttribute('data-status', 'failed', { timeout: 1_000 }));
    await expect(message).toContainText('WhatsApp');
    await expect(message).toContainText('+55 21 9****-5432');
    await expect(message).toContainText('Convite por WhatsApp');
    await expect(message).toContainText('respondeu 401');
    expect(cloud.requests[0].authorization).toBe('Bearer token-e2e');

    await page.getByRole('navigation', { name: 'Seções do console' }).getByRole('link', { name: 'Tarefas com falha' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarefas com falha');
    const job = page.getByTestId('failed-job');
    await expect(job).toHaveCount(1);
    await expect(job).toContainText('Envio de mensagem');
    await expect(job).toContainText('Session has expired');
    await page.screenshot({ path: `${SHOTS}/failed-jobs-1366.png`, fullPage: true });

    cloud.respond(() => ({ status: 200, body: { messages: [{ id: 'wamid.depois-do-token' }] } }));
    await job.getByRole('button', { name: /Tentar novamente/ }).click();
    // Back in the queue, the job leaves this list at once; the worker sends it within its next poll.
    await eventually(page, () => expect(page.getByTestId('failed-job')).toHaveCount(0, { timeout: 1_000 }));
    await expect(page.getByText('Nenhuma tarefa com falha')).toBeVisible();

    await page.goto(`/console/envelopes/${env.envelopeId}`);
    await eventually(page, () => expect(message).toHaveAttribute('data-status', 'sent', { timeout: 1_000 }));
    await expect(message).toContainText('wamid.depois-do-token');
    expect(cloud.to('5521998765432')).toHaveLength(2);

    // The phone was wrong: fix it and the invitation goes to the new number.
    await page.getByRole('button', { name: `Corrigir contato de ${customer.name}` }).click();
    const form = page.getByRole('form', { name: `Novo contato de ${customer.name}` });
    await form.getByLabel('Celular').fill('(21) 99111-2222');
    await form.getByRole('button', { name: 'Salvar e reenviar' }).click();
    await expect(page.getByText('o link antigo deixou de valer')).toBeVisible();
    await eventually(page, () => expect(page.getByTestId('message')).toHaveCount(2, { timeout: 1_000 }));
    await eventually(page, () => expect(page.getByTestId('message').nth(1)).toHaveAttribute('data-status', 'sent', { timeout: 1_000 }));
    await expect(page.getByTestId('message').nth(1)).toContainText('+55 21 9****-2222');
    expect(cloud.to('5521991112222')).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}/envelope-messages-1366.png`, fullPage: true });

    // Viewers read the messages but neither resend nor fix contacts; the failed-jobs page is for admins.
    await page.context().clearCookies();
    await signIn(page, env.users.viewer.email, env.password);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');
    await page.goto(`/console/envelopes/${env.envelopeId}`);
    await expect(page.getByTestId('message')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Reenviar' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Corrigir contato/ })).toHaveCount(0);
    expect((await page.goto('/console/jobs'))?.status()).toBe(403);
  } finally {
    await cloud.stop();
  }
});

test('[PACKAGE] Resumo do pacote: an admin sets the package and credits; the numbers, the chart and the CSV follow; viewers read it', async ({ page, request }) => {
  test.setTimeout(60_000);
  const env = await createDeliveryEnvelope(request, { extra: 2 });
  await signIn(page, env.users.admin.email, env.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');
  await page.getByRole('navigation', { name: 'Seções do console' }).getByRole('link', { name: 'Resumo do pacote' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resumo do pacote');
  await expect(page.getByText('Esta conta ainda não tem um pacote definido')).toBeVisible();
  await expect(page.getByTestId('package-used')).toHaveText('3 de 0');

  const form = page.getByRole('form', { name: 'Plano e créditos' });
  await form.getByLabel('Documentos incluídos por período').fill('2');
  await form.getByLabel('Valor do excedente (R$ por documento)').fill('2,50');
  await form.getByLabel('Adicionar créditos de WhatsApp').fill('40');
  await form.getByLabel('Adicionar créditos de SMS').fill('15');
  await form.getByRole('button', { name: 'Salvar pacote' }).click();
  await expect(form.getByText('Pacote salvo.')).toBeVisible();
  await expect(page.getByTestId('package-used')).toHaveText('3 de 2');
  await expect(page.getByText('150% do pacote')).toBeVisible();
  await expect(page.getByTestId('package-overage')).toHaveText('R$ 2,50');
  await expect(page.getByTestId('credits-whatsapp')).toHaveText('40');
  await expect(page.getByTestId('credits-sms')).toHaveText('15');
  await expect(page.getByTestId('by-branch').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('daily-chart').locator('rect[fill="#2563eb"]')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/package-summary-1366.png`, fullPage: true });

  const csv = await page.request.get('/console/reports/csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain('pacote;usados;3;150%');
  expect(text).toContain('pacote;excedente;1;R$ 2,50');
  expect(text).toContain('créditos;WhatsApp;40;');

  await page.context().clearCookies();
  await signIn(page, env.users.viewer.email, env.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Olá');
  await page.goto('/console/reports');
  await expect(page.getByTestId('package-used')).toHaveText('3 de 2');
  await expect(page.getByRole('form', { name: 'Plano e créditos' })).toHaveCount(0);
});
