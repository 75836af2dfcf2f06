import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { createBranch } from '../branches/create-branch';
import { updateBranch } from '../branches/update-branch';
import { createBranchInput, updateBranchInput } from '../branches/schemas';
import { openSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { integrations, staffActivity } from '../db/schema';
import { AppError } from '../errors';
import { createTemplate } from '../notification-templates/create-template';
import { createTemplateInput } from '../notification-templates/schemas';
import { createEmployee } from '../people/create-employee';
import { createEmployeeInput } from '../people/employee-schemas';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { fieldErrors } from '../validation';
import { createIntegration } from './create-integration';
import { deleteIntegration } from './delete-integration';
import { getIntegration } from './get-integration';
import { listIntegrations } from './list-integrations';
import { createIntegrationInput, updateIntegrationInput } from './schemas';
import { testIntegrationConnection } from './test-connection';
import { updateIntegration } from './update-integration';

setupTestDb();

type Actors = Awaited<ReturnType<typeof createAccount>>['actors'];

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

const TOKEN = 'tok-clicksign-SEGREDO-123';
const WEBHOOK = 'whsec-SEGREDO-456';

const clicksign = (over: Record<string, unknown> = {}) =>
  createIntegrationInput.parse({
    provider: 'clicksign',
    description: 'Clicksign sandbox',
    environment: 'sandbox',
    apiUser: 'api@empresa.com.br',
    apiToken: TOKEN,
    webhookSecret: WEBHOOK,
    errorReportEmail: 'erros@empresa.com.br',
    sendMethod: 'contract',
    requireIdDocument: true,
    requireSelfie: true,
    requireHandwritten: false,
    defaultExpiryDays: '30',
    ...over,
  });

/** The edit form as the browser sends it: every field again, secrets blank unless replaced. */
const editOf = (integrationId: string, over: Record<string, unknown> = {}) =>
  updateIntegrationInput.parse({ ...clicksign(), apiToken: '', webhookSecret: '', integrationId, ...over });

async function rawRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(integrations).where(eq(integrations.id, id));
  return row;
}

let cpfSeq = 0;
/** Valid CPFs: nine digits plus the two check digits. */
function cpf() {
  const base = String(100000000 + ((Date.now() + cpfSeq++ * 7919) % 899999999)).slice(0, 9).split('').map(Number);
  const dv = (digits: number[]) => {
    const sum = digits.reduce((acc, d, i) => acc + d * (digits.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(base);
  const d2 = dv([...base, d1]);
  return [...base, d1, d2].join('');
}

async function employee(actors: Actors, name: string) {
  const { employeeId } = await createEmployee(
    actors.operator,
    createEmployeeInput.parse({ name, cpf: cpf(), email: `${name.split(' ')[0].toLowerCase()}@empresa.com.br`, phone: '11987654321' }),
  );
  return employeeId;
}

describe('[INTEGRATIONS] secrets at rest', () => {
  it('stores tokens encrypted (no clear text in the row) and get() returns only "is set" flags', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    const row = await rawRow(integrationId);
    expect(JSON.stringify(row)).not.toContain(TOKEN);
    expect(JSON.stringify(row)).not.toContain(WEBHOOK);
    expect(row.apiTokenEnc).toMatch(/^v1:/);
    expect(openSecret(row.apiTokenEnc!, 'integration.apiToken')).toBe(TOKEN);
    // Bound to its purpose: the same ciphertext does not open as another field.
    expect(() => openSecret(row.apiTokenEnc!, 'integration.webhookSecret')).toThrow();

    const view = await getIntegration(actors.viewer, integrationId);
    const json = JSON.stringify(view);
    expect(json).not.toContain(TOKEN);
    expect(json).not.toContain(row.apiTokenEnc!);
    expect(json).not.toMatch(/Enc"/);
    expect(view).toMatchObject({
      hasApiToken: true,
      hasWebhookSecret: true,
      hasApiPassword: false,
      effectiveServiceUrl: 'https://sandbox.clicksign.com',
      defaultExpiryDays: 30,
    });
  });

  it('on edit: blank keeps the saved secret, a new value replaces it, "remover" clears it', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    const before = await rawRow(integrationId);

    await updateIntegration(actors.admin, editOf(integrationId, { description: 'Renomeada' }));
    const kept = await rawRow(integrationId);
    expect(kept.apiTokenEnc).toBe(before.apiTokenEnc);
    expect(kept.webhookSecretEnc).toBe(before.webhookSecretEnc);
    expect(kept.description).toBe('Renomeada');

    await updateIntegration(actors.admin, editOf(integrationId, { apiToken: 'novo-token', removeWebhookSecret: true }));
    const changed = await rawRow(integrationId);
    expect(openSecret(changed.apiTokenEnc!, 'integration.apiToken')).toBe('novo-token');
    expect(changed.webhookSecretEnc).toBeNull();
    expect((await getIntegration(actors.admin, integrationId)).hasWebhookSecret).toBe(false);
  });

  it('a required secret cannot be removed without a new one', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    await expect(updateIntegration(actors.admin, editOf(integrationId, { removeApiToken: true }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { apiToken: [expect.stringContaining('Access Token')] },
    });
  });

  it('switching to the built-in signer clears every credential', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    await updateIntegration(actors.admin, editOf(integrationId, { provider: 'rubrica', apiUser: '' }));
    const row = await rawRow(integrationId);
    expect([row.apiTokenEnc, row.webhookSecretEnc, row.apiUser, row.serviceUrl]).toEqual([null, null, null, null]);
  });

  it('never writes a secret into the activity log', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    await updateIntegration(actors.admin, editOf(integrationId, { apiToken: 'outro-SEGREDO' }));
    const db = await getDb();
    const rows = await db.select().from(staffActivity).where(eq(staffActivity.entityId, integrationId));
    expect(rows.map((r) => r.action).sort()).toEqual(['integration.created', 'integration.updated']);
    const all = JSON.stringify(rows);
    expect(all).not.toContain('SEGREDO');
    expect(rows.find((r) => r.action === 'integration.updated')?.details).toMatchObject({ secretsReplaced: ['apiToken'] });
  });
});

describe('[INTEGRATIONS] settings', () => {
  it('expiry 0 and 91 are refused with a clear message; nothing is stored', async () => {
    const { actors } = await createAccount();
    for (const days of ['0', '91']) {
      const parsed = createIntegrationInput.safeParse({ ...clicksign(), defaultExpiryDays: days });
      expect(parsed.success).toBe(false);
      expect(fieldErrors(parsed.error!).defaultExpiryDays?.[0]).toMatch(days === '0' ? /pelo menos 1 dia/ : /não pode passar de 90 dias/);
    }
    // Even past the schema, the database refuses it.
    await expect(createIntegration(actors.admin, { ...clicksign(), defaultExpiryDays: 91 })).rejects.toThrow();
    expect(await listIntegrations(actors.admin)).toHaveLength(0);
  });

  it('empty expiry stays empty (the signing flow reads it as 15 days)', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign({ defaultExpiryDays: '' }));
    expect((await getIntegration(actors.admin, integrationId)).defaultExpiryDays).toBeNull();
  });
});

describe('[INTEGRATIONS] company signers and notification templates', () => {
  it('links employees and templates of the same account', async () => {
    const { actors } = await createAccount();
    const signer = await employee(actors, 'Rita Responsável');
    const witness = await employee(actors, 'Tito Testemunha');
    const { templateId: email } = await createTemplate(
      actors.admin,
      createTemplateInput.parse({ channel: 'email', name: 'Convite', subject: 'Assine {{documento.nome}}', body: 'Olá {{signatario.nome}}: {{link}}' }),
    );
    const { templateId: zap } = await createTemplate(
      actors.admin,
      createTemplateInput.parse({ channel: 'whatsapp', name: 'Zap', body: '{{link}}', externalName: 'assinatura_link' }),
    );
    const { integrationId } = await createIntegration(
      actors.admin,
      clicksign({
        companySignerId: signer,
        companySignerToken: 'user-token-SEGREDO',
        companyWitnessId: witness,
        customerEmailTemplateId: email,
        witnessEmailTemplateId: email,
        customerWhatsappTemplateId: zap,
      }),
    );
    const view = await getIntegration(actors.admin, integrationId);
    expect(view).toMatchObject({ companySignerId: signer, companyWitnessId: witness, hasCompanySignerToken: true, customerWhatsappTemplateId: zap });
    expect(JSON.stringify(view)).not.toContain('SEGREDO');

    // Taking the representative away takes their token with them.
    await updateIntegration(actors.admin, editOf(integrationId, { companySignerId: '', companyWitnessId: '' }));
    expect((await rawRow(integrationId)).companySignerTokenEnc).toBeNull();
  });

  it('refuses employees and templates of another account, and a template of the wrong channel', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const foreignEmployee = await employee(b.actors, 'Beto Outra Conta');
    const { templateId: foreignTemplate } = await createTemplate(
      b.actors.admin,
      createTemplateInput.parse({ channel: 'email', name: 'De B', subject: 'x', body: 'y' }),
    );
    const { templateId: zap } = await createTemplate(
      a.actors.admin,
      createTemplateInput.parse({ channel: 'whatsapp', name: 'Zap A', body: '{{link}}' }),
    );
    await expect(
      createIntegration(a.actors.admin, clicksign({ companySignerId: foreignEmployee, customerEmailTemplateId: foreignTemplate })),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: {
        companySignerId: ['Colaborador não encontrado nesta conta.'],
        customerEmailTemplateId: ['Modelo de notificação não encontrado nesta conta.'],
      },
    });
    await expect(createIntegration(a.actors.admin, clicksign({ customerEmailTemplateId: zap }))).rejects.toMatchObject({
      fields: { customerEmailTemplateId: ['Escolha um modelo de e-mail.'] },
    });
    expect(await listIntegrations(a.actors.admin)).toHaveLength(0);
  });
});

describe('[INTEGRATIONS] delete', () => {
  it('is refused while branches use it, naming them; allowed once they move', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    const { integrationId: other } = await createIntegration(actors.admin, clicksign({ provider: 'rubrica', description: 'Rubrica' }));
    const { branchId: centro } = await createBranch(actors.admin, createBranchInput.parse({ name: 'Centro', integrationId }));
    await createBranch(actors.admin, createBranchInput.parse({ name: 'Bairro Alto', integrationId }));

    const err = await deleteIntegration(actors.admin, { integrationId }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('CONFLICT');
    expect(err.userMessage).toContain('em uso pelas filiais: Bairro Alto, Centro');

    await updateBranch(actors.admin, updateBranchInput.parse({ branchId: centro, name: 'Centro', integrationId: other }));
    const err2 = await deleteIntegration(actors.admin, { integrationId }).catch((e) => e);
    expect(err2.userMessage).toContain('filiais: Bairro Alto.');
    expect(err2.userMessage).not.toContain('Centro');

    const list = await listIntegrations(actors.admin);
    expect(list.find((i) => i.id === other)?.branchCount).toBe(1);
    expect(await code(deleteIntegration(actors.admin, { integrationId: other }))).toBe('CONFLICT');
  });

  it('deletes an unused integration and logs it', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.owner, clicksign({ description: 'Apagar' }));
    await deleteIntegration(actors.owner, { integrationId });
    expect(await code(getIntegration(actors.owner, integrationId))).toBe('NOT_FOUND');
    const log = await listActivity(actors.admin, { page: 1, entityType: 'integration' });
    expect(log.rows.map((r) => r.summary)).toContain('Excluiu a integração "Apagar" (Clicksign)');
  });
});

describe('[INTEGRATIONS] permissions and tenancy', () => {
  it('viewers and operators read but cannot change integrations', async () => {
    const { actors } = await createAccount();
    const { integrationId } = await createIntegration(actors.admin, clicksign());
    for (const role of ['viewer', 'operator'] as const) {
      expect(await code(createIntegration(actors[role], clicksign()))).toBe('FORBIDDEN');
      expect(await code(updateIntegration(actors[role], editOf(integrationId)))).toBe('FORBIDDEN');
      expect(await code(deleteIntegration(actors[role], { integrationId }))).toBe('FORBIDDEN');
      expect(await code(testIntegrationConnection(actors[role], { integrationId }))).toBe('FORBIDDEN');
      expect(await code(getIntegration(actors[role], integrationId))).toBe('ok');
    }
  });

  it('another account’s integration is "not found" for every use-case', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { integrationId } = await createIntegration(b.actors.admin, clicksign({ description: 'Só de B' }));
    expect(await code(getIntegration(a.actors.admin, integrationId))).toBe('NOT_FOUND');
    expect(await code(updateIntegration(a.actors.admin, editOf(integrationId, { description: 'Invadida' })))).toBe('NOT_FOUND');
    expect(await code(deleteIntegration(a.actors.admin, { integrationId }))).toBe('NOT_FOUND');
    expect(await code(testIntegrationConnection(a.actors.admin, { integrationId }))).toBe('NOT_FOUND');
    expect(await listIntegrations(a.actors.admin)).toEqual([]);
    // A branch of A cannot point at B's integration either.
    await expect(createBranch(a.actors.admin, createBranchInput.parse({ name: 'Filial A', integrationId }))).rejects.toMatchObject({
      fields: { integrationId: ['Integração não encontrada nesta conta.'] },
    });
    expect((await getIntegration(b.actors.admin, integrationId)).description).toBe('Só de B');
  });
});
