import {
  completeEnvelopeViaHook,
  createBranchInUi,
  createContractInUi,
  createCustomerWithWitness,
  createDocumentTypeInUi,
  createIntegrationInUi,
  createStageInUi,
  createSubjectInUi,
  createTemplateInUi,
  fillContractForm,
  historyEnvelopeIds,
  turnOnContractSigning,
} from '../contracts-helpers';
import { expect, formAlert, signInAs, test } from '../fixtures';
import { createEmployee, RITA } from '../integrations-helpers';

test.describe.configure({ timeout: 120_000 });


test('[CONTRACTS] a contract saved for a customer on a branch with the built-in integration goes out to the customer, the witness and the company representative', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createEmployee(page, RITA);
  await createIntegrationInUi(page, { description: 'Rubrica própria', companySigner: 'Rita Responsável (529.982.247-25)' });
  await createBranchInUi(page, 'Centro', 'Rubrica própria');
  await createTemplateInUi(page, 'contract', 'Contrato de internet');
  const { cpf } = await createCustomerWithWitness(page, {
    name: 'José da Conceição',
    email: 'jose@cliente.com.br',
    witness: { name: 'Maria Testemunha', email: 'maria@cliente.com.br' },
  });

  await page.goto('/console');
  await page.getByRole('navigation', { name: 'Seções do console' }).getByRole('link', { name: 'Contratos' }).click();
  await expect(page.getByText('Nenhum contrato cadastrado ainda.')).toBeVisible();
  await page.getByRole('link', { name: 'Novo contrato' }).click();

  // Missing choices are refused on their fields, in Portuguese.
  await page.getByLabel('Valor mensal (R$)').fill('12,345');
  await page.getByRole('button', { name: 'Criar contrato' }).click();
  await expect(page.getByText('Escolha o cliente.')).toBeVisible();
  await expect(page.getByText('Escolha a filial.')).toBeVisible();
  await expect(page.getByText('Informe o valor em reais, como 99,90 ou 1.234,56.')).toBeVisible();

  await fillContractForm(page, { customer: 'José da Conceição', branch: 'Centro', template: 'Contrato de internet', plan: 'Fibra 500 Mega', price: '99,90', witness: 'Maria Testemunha' });
  await page.getByLabel('Dia de vencimento').fill('10');
  await page.getByRole('button', { name: 'Criar contrato' }).click();
  await page.waitForURL(/\/console\/contracts\/[0-9a-f-]{36}$/);
  const contractUrl = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrato nº 1');
  await expect(page.getByText('Contrato nº 1 criado. Documento de assinatura gerado e enviado aos signatários.')).toBeVisible();
  await expect(page.getByLabel('Valor mensal (R$)')).toHaveValue('99,90');

  // The effective settings and where each comes from.
  await expect(page.getByTestId('effective-useSignature')).toContainText('Sim');
  await expect(page.getByTestId('effective-useSignature')).toContainText('parâmetro geral');
  await expect(page.getByTestId('effective-activation')).toContainText('No ato da assinatura');
  await expect(page.getByText('Rubrica própria — Rubrica (assinatura integrada) · Produção')).toBeVisible();

  // Histórico de assinaturas digitais › Informações adicionais: each signer, contact, CPF, status, link.
  await page.getByRole('link', { name: 'Histórico de assinaturas digitais' }).click();
  const envelope = page.getByTestId('envelope');
  await expect(envelope).toHaveCount(1);
  await expect(envelope).toContainText('Contrato 1 — José da Conceição');
  await expect(envelope).toContainText('Aguardando assinaturas');
  await expect(envelope).toContainText('Rubrica própria');
  await envelope.getByText('Informações adicionais').click();
  const recipients = envelope.getByTestId('recipient');
  await expect(recipients).toHaveCount(3);
  await expect(recipients.nth(0)).toContainText('José da Conceição');
  await expect(recipients.nth(0)).toContainText('Cliente');
  await expect(recipients.nth(0)).toContainText('jose@cliente.com.br');
  await expect(recipients.nth(0)).toContainText(cpf);
  await expect(recipients.filter({ hasText: 'Maria Testemunha' })).toContainText('Testemunha do cliente');
  await expect(recipients.filter({ hasText: 'Rita Responsável' })).toContainText('529.982.247-25');
  await expect(recipients.filter({ hasText: 'Rita Responsável' })).toContainText('Responsável pela empresa');
  await expect(envelope.getByTestId('signer-link').first()).toHaveText(/\/s\/[A-Za-z0-9_-]{20,}$/);

  // Listed among the contracts and the account's envelopes.
  await page.goto('/console/contracts');
  await expect(page.getByTestId('contract-1')).toContainText('José da Conceição');
  await expect(page.getByTestId('contract-1')).toContainText('Aguardando assinatura');
  await page.getByLabel('Status').selectOption({ label: 'Ativo' });
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(page.getByText('Nenhum contrato encontrado com estes filtros.')).toBeVisible();
  await page.goto('/console/envelopes');
  await expect(page.getByTestId('envelope-row')).toContainText('Contrato 1 — José da Conceição');

  // Signed: the contract activates by itself.
  const [envelopeId] = await historyEnvelopeIds(page, contractUrl);
  await completeEnvelopeViaHook(page.request, envelopeId);
  await page.goto(contractUrl);
  await expect(page.getByLabel('Status')).toHaveValue('active');
  // "Concluído" once the server's worker has sealed the PDFs (seconds after the last signature).
  await expect(async () => {
    await page.goto(`${contractUrl}?aba=historico`);
    await expect(page.getByTestId('envelope')).toContainText('Concluído', { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });

  await page.goto('/console/logs');
  await expect(page.getByTestId('activity-table')).toContainText('Criou o contrato nº 1 de José da Conceição (Fibra 500 Mega, R$ 99,90) na filial Centro');
});

test('[CONTRACTS] each precondition that stops the signing document says what to fix; "Gerar novo documento" after fixing it', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createIntegrationInUi(page, { description: 'Rubrica própria' });
  await createIntegrationInUi(page, { description: 'Clicksign produção', provider: 'clicksign' });
  await createBranchInUi(page, 'Centro', 'Rubrica própria');
  await createBranchInUi(page, 'Sem integração', null);
  await createBranchInUi(page, 'Externa', 'Clicksign produção');
  await createTemplateInUi(page, 'contract', 'Contrato de internet');
  await createCustomerWithWitness(page, { name: 'Ana Souza', email: 'ana@cliente.com.br', witness: { name: 'Paulo Sem Email', phone: '(11) 98888-7777' } });

  // A branch without an integration: the contract saves; the warning says where to link one.
  const noIntegration = await createContractInUi(page, { customer: 'Ana Souza', branch: 'Sem integração (sem integração de assinatura)', template: 'Contrato de internet' });
  await expect(page.getByText(/não foi gerado: A filial "Sem integração" não tem integração de assinatura digital\. Vincule uma integração em Filiais › Sem integração\./)).toBeVisible();
  // By hand, the same reason, in the confirmation dialog.
  await page.getByRole('button', { name: 'Gerar novo documento de assinatura digital' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Gerar documento' }).click();
  await expect(dialog.locator(formAlert)).toContainText('A filial "Sem integração" não tem integração de assinatura digital');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  expect(await historyEnvelopeIds(page, noIntegration)).toEqual([]);

  // An external integrator is refused for now.
  await createContractInUi(page, { customer: 'Ana Souza', branch: 'Externa', template: 'Contrato de internet' });
  await expect(page.getByText(/usa o integrador Clicksign, cujo envio ainda não está disponível no Rubrica/)).toBeVisible();

  // A signer without what the channel needs: the witness has no e-mail.
  const contract = await createContractInUi(page, { customer: 'Ana Souza', branch: 'Centro', template: 'Contrato de internet', witness: 'Paulo Sem Email' });
  await expect(page.getByText(/Assinatura com envio por e-mail requer um e-mail válido: o testemunha do cliente "Paulo Sem Email" não tem e-mail/)).toBeVisible();
  expect(await historyEnvelopeIds(page, contract)).toEqual([]);

  // Fixed on the contract (no witness), saving sends it.
  await page.goto(contract);
  await page.getByLabel('Testemunha do cliente').selectOption('');
  await page.getByRole('button', { name: 'Salvar contrato' }).click();
  await expect(page.getByText('Contrato salvo. Documento de assinatura gerado e enviado aos signatários.')).toBeVisible();

  // "Gerar novo documento de assinatura digital": confirmed, a second document joins the history.
  await page.getByRole('button', { name: 'Gerar novo documento de assinatura digital' }).click();
  await expect(page.getByRole('dialog')).toContainText('Os documentos anteriores continuam no histórico.');
  await page.getByRole('dialog').getByRole('button', { name: 'Gerar documento' }).click();
  await expect(page).toHaveURL(/aba=historico/);
  await expect(page.getByText('Novo documento de assinatura gerado e enviado aos signatários.')).toBeVisible();
  await expect(page.getByTestId('envelope')).toHaveCount(2);

  // Only a contract "Aguardando assinatura" offers it.
  await page.goto(contract);
  await page.getByLabel('Status').selectOption({ label: 'Suspenso' });
  await page.getByRole('button', { name: 'Salvar contrato' }).click();
  await expect(page.getByText('Contrato salvo.', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Gerar novo documento de assinatura digital' })).toHaveCount(0);
});

test('[CONTRACTS] with send method "Ordem de serviço", an O.S. whose subject signs creates the document and closes when it is signed', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createIntegrationInUi(page, { description: 'Rubrica por O.S.', sendMethod: 'service_order' });
  await createBranchInUi(page, 'Centro', 'Rubrica por O.S.');
  await createTemplateInUi(page, 'contract', 'Contrato de internet');
  await createCustomerWithWitness(page, { name: 'Carla Dias', email: 'carla@cliente.com.br' });
  await createSubjectInUi(page, 'Assinatura de contrato', true);
  await createSubjectInUi(page, 'Visita técnica', false);

  const contract = await createContractInUi(page, { customer: 'Carla Dias', branch: 'Centro', template: 'Contrato de internet' });
  await expect(page.getByText('Contrato nº 1 criado.', { exact: true })).toBeVisible();
  await expect(page.getByText('Ordem de serviço: o documento é gerado ao abrir uma O.S. de assinatura')).toBeVisible();

  await page.getByRole('link', { name: 'Ordens de serviço' }).click();
  await page.getByLabel('Assunto').selectOption({ label: 'Visita técnica' });
  await page.getByLabel('Descrição').fill('Trocar o roteador');
  await page.getByRole('button', { name: 'Abrir O.S.' }).click();
  await expect(page.getByText('O.S. nº 1 aberta.', { exact: true })).toBeVisible();
  await page.getByLabel('Assunto').selectOption({ label: 'Assinatura de contrato · assinatura digital' });
  await page.getByRole('button', { name: 'Abrir O.S.' }).click();
  await expect(page.getByText('O.S. nº 2 aberta. Documento de assinatura gerado e enviado aos signatários.')).toBeVisible();
  await expect(page.getByTestId('service-order-2')).toContainText('Aguardando assinaturas');
  await expect(page.getByTestId('service-order-1')).toContainText('Trocar o roteador');

  const [envelopeId] = await historyEnvelopeIds(page, contract);
  await expect(page.getByTestId('envelope')).toContainText('O.S.');
  await completeEnvelopeViaHook(page.request, envelopeId);
  await page.goto(`${contract}?aba=os`);
  await expect(page.getByTestId('service-order-2')).toContainText('Fechada');
  await expect(page.getByTestId('service-order-1')).toContainText('Aberta');
  await page.getByRole('button', { name: 'Fechar O.S. 1' }).click();
  await expect(page.getByTestId('service-order-1')).toContainText('Fechada');
  await page.goto(contract);
  await expect(page.getByLabel('Status')).toHaveValue('active');
});

test('[CONTRACTS] a term added with "Assinado: Não" is sent on its own and is marked signed once signed', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createIntegrationInUi(page, { description: 'Rubrica própria' });
  await createBranchInUi(page, 'Centro', 'Rubrica própria');
  await createTemplateInUi(page, 'contract', 'Contrato de internet');
  await createTemplateInUi(page, 'term', 'Termo de fidelidade');
  await createTemplateInUi(page, 'term', 'Termo de comodato');
  await createCustomerWithWitness(page, { name: 'Bruno Lima', email: 'bruno@cliente.com.br' });
  const contract = await createContractInUi(page, { customer: 'Bruno Lima', branch: 'Centro', template: 'Contrato de internet', status: 'Ativo' });
  await expect(page.getByText('Contrato nº 1 criado.', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Termos' }).click();
  await page.getByLabel('Termo').selectOption({ label: 'Termo de comodato' });
  await page.getByLabel('Sim').check();
  await page.getByRole('button', { name: 'Incluir termo' }).click();
  await expect(page.getByText('Termo incluído.', { exact: true })).toBeVisible();

  await page.getByLabel('Termo').selectOption({ label: 'Termo de fidelidade' });
  await page.getByLabel('Não').check();
  await page.getByRole('button', { name: 'Incluir termo' }).click();
  await expect(page.getByText('Termo incluído e enviado para assinatura.')).toBeVisible();
  const fidelidade = page.getByTestId('contract-term').filter({ hasText: 'Termo de fidelidade' });
  await expect(fidelidade).toContainText('Não');
  await expect(fidelidade).toContainText('Aguardando assinaturas');

  const [envelopeId] = await historyEnvelopeIds(page, contract);
  await expect(page.getByTestId('envelope')).toHaveCount(1);
  await expect(page.getByTestId('envelope')).toContainText('Termo');
  await expect(page.getByTestId('envelope')).toContainText('Termo de fidelidade — contrato 1 — Bruno Lima');
  await completeEnvelopeViaHook(page.request, envelopeId);
  await page.goto(`${contract}?aba=termos`);
  await expect(fidelidade).toContainText('Sim');
  // Signed at once; "Concluído" once the server's worker has sealed the PDF (seconds).
  await expect(async () => {
    await page.goto(`${contract}?aba=termos`);
    await expect(fidelidade).toContainText('Concluído', { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });

  // Removing a term asks first.
  await page.getByTestId('contract-term').filter({ hasText: 'Termo de comodato' }).getByRole('button', { name: 'Retirar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Excluir' }).click();
  await expect(page.getByTestId('contract-term')).toHaveCount(1);
});

test('[CONTRACTS] the stage gate refuses a stage whose documents are not signed, then signing moves the contract on by itself', async ({ page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createDocumentTypeInUi(page, 'Contrato de adesão');
  await createDocumentTypeInUi(page, 'Termo de fidelidade');
  await createDocumentTypeInUi(page, 'Anexo técnico', false);
  await createStageInUi(page, { name: 'Em execução', position: 2, requires: ['Contrato de adesão', 'Termo de fidelidade', 'Anexo técnico'] });
  await createStageInUi(page, { name: 'Aguardando documentos', position: 1, next: 'Em execução' });
  await expect(page.getByTestId('stage-Aguardando documentos')).toContainText('Em execução');
  await expect(page.getByTestId('stage-Em execução')).toContainText('Contrato de adesão');

  // A type in use cannot be deleted; the refusal names the stage.
  await page.goto('/console/contracts/settings/document-types');
  await page.getByTestId('document-type-Contrato de adesão').getByRole('button', { name: 'Excluir' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Excluir' }).click();
  await expect(page.getByRole('dialog').locator(formAlert)).toHaveText(
    'O tipo de documento "Contrato de adesão" está exigido pelas situações: Em execução. Retire-o deles antes de excluir.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();

  await createIntegrationInUi(page, { description: 'Rubrica própria' });
  await createBranchInUi(page, 'Centro', 'Rubrica própria');
  await createTemplateInUi(page, 'contract', 'Contrato de adesão PF', 'Contrato de adesão');
  await createTemplateInUi(page, 'term', 'Fidelidade 12 meses', 'Termo de fidelidade');
  await createCustomerWithWitness(page, { name: 'Daniela Rocha', email: 'daniela@cliente.com.br' });

  // A new contract cannot start in a stage that requires signed documents.
  await page.goto('/console/contracts/new');
  await fillContractForm(page, { customer: 'Daniela Rocha', branch: 'Centro', template: 'Contrato de adesão PF', stage: 'Em execução' });
  await page.getByRole('button', { name: 'Criar contrato' }).click();
  await expect(page.getByText('A situação Em execução exige documentos assinados: Contrato de adesão, Termo de fidelidade.')).toBeVisible();
  await page.getByLabel('Situação inicial').selectOption({ label: 'Aguardando documentos' });
  await page.getByRole('button', { name: 'Criar contrato' }).click();
  await page.waitForURL(/\/console\/contracts\/[0-9a-f-]{36}$/);
  const contract = page.url();
  await expect(page.getByTestId('contract-stage')).toHaveText('Aguardando documentos');

  const move = async () => {
    await page.getByLabel('Mudar para').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Mudar situação' }).click();
  };
  await move();
  await expect(page.getByText('A situação Em execução exige documentos assinados: Contrato de adesão, Termo de fidelidade.')).toBeVisible();

  // The contract is signed: only the term is missing now.
  const [contractEnvelope] = await historyEnvelopeIds(page, contract);
  await completeEnvelopeViaHook(page.request, contractEnvelope);
  await page.goto(contract);
  await expect(page.getByTestId('contract-stage')).toHaveText('Aguardando documentos');
  await move();
  await expect(page.getByText('A situação Em execução exige documentos assinados: Termo de fidelidade.')).toBeVisible();

  // The term goes out on its own; once signed, the contract moves on to the next stage by itself.
  await page.goto(`${contract}?aba=termos`);
  await page.getByLabel('Termo').selectOption({ label: 'Fidelidade 12 meses' });
  await page.getByLabel('Não').check();
  await page.getByRole('button', { name: 'Incluir termo' }).click();
  await expect(page.getByText('Termo incluído e enviado para assinatura.')).toBeVisible();
  const [termEnvelope] = await historyEnvelopeIds(page, contract);
  await completeEnvelopeViaHook(page.request, termEnvelope);
  await page.goto(contract);
  await expect(page.getByTestId('contract-stage')).toHaveText('Em execução');
  await page.goto('/console/contracts');
  await expect(page.getByTestId('contract-1')).toContainText('Em execução');
});

test('[CONTRACTS] viewers read contracts and settings without changing them; another account’s contract is not found', async ({ browser, page, account }) => {
  await signInAs(page, account, 'admin');
  await turnOnContractSigning(page);
  await createIntegrationInUi(page, { description: 'Rubrica própria' });
  await createBranchInUi(page, 'Centro', 'Rubrica própria');
  await createTemplateInUi(page, 'contract', 'Contrato de internet');
  await createCustomerWithWitness(page, { name: 'Eva Nunes', email: 'eva@cliente.com.br' });
  const contract = await createContractInUi(page, { customer: 'Eva Nunes', branch: 'Centro', template: 'Contrato de internet' });

  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signInAs(viewer, account, 'viewer');
  await viewer.goto('/console/contracts');
  await expect(viewer.getByRole('link', { name: 'Novo contrato' })).toHaveCount(0);
  await viewer.goto(contract);
  await expect(viewer.getByLabel('Plano')).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Salvar contrato' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Gerar novo documento de assinatura digital' })).toHaveCount(0);
  await viewer.goto(`${contract}?aba=historico`);
  await viewer.getByText('Informações adicionais').click();
  await expect(viewer.getByTestId('signer-link')).toHaveCount(0);
  expect((await viewer.goto('/console/contracts/new'))?.status()).toBe(403);
  await viewer.goto('/console/contracts/settings/stages');
  await expect(viewer.getByRole('button', { name: 'Nova situação' })).toHaveCount(0);
  await viewerCtx.close();

  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  const res = await other.request.post('/api/test/account', { data: {} });
  const stranger = await res.json();
  await signInAs(other, stranger, 'owner');
  expect((await other.goto(contract))?.status()).toBe(404);
  await other.goto('/console/envelopes');
  await expect(other.getByText('Nenhum documento de assinatura gerado ainda.')).toBeVisible();
  await otherCtx.close();
});
