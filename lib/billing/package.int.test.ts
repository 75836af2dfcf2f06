import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { now } from '../clock';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { accountPlans, envelopes, integrations, messages, notificationTemplates, planAlerts } from '../db/schema';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { AppError } from '../errors';
import { NO_CREDITS_MESSAGE } from '../notify/consume-credit';
import { createContractSetup, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { runDueJobs } from '../testing/run-jobs';
import { getPackageSummary } from './get-package-summary';
import { updatePlan } from './update-plan';
import { updatePlanInput } from './schemas';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

type Actors = Awaited<ReturnType<typeof createAccount>>['actors'];

async function send(actors: Actors, contractId: string) {
  const db = await getDb();
  return db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId, origin: 'manual' }));
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.userMessage;
    throw err;
  }
  return 'ok';
}

describe('[PACKAGE] Resumo do pacote', () => {
  it('matches a hand count across branches, leaves sandbox and other periods out, and prices the overage', async () => {
    const { actors } = await createAccount();
    await updatePlan(actors.admin, updatePlanInput.parse({ documentsPerPeriod: '5', periodStartDay: '1', overagePrice: 'R$ 2,50', addWhatsappCredits: '30', addSmsCredits: '12' }));
    const centro = await createContractSetup(actors.operator);
    const norte = await createContractSetup(actors.operator);
    const homolog = await createContractSetup(actors.operator, { integration: { environment: 'sandbox' } });
    for (let i = 0; i < 3; i++) await send(actors, centro.contract.id);
    for (let i = 0; i < 3; i++) await send(actors, norte.contract.id);
    for (let i = 0; i < 2; i++) await send(actors, homolog.contract.id);
    // One sent before this period started: not this period's.
    const { envelopeId: old } = await send(actors, norte.contract.id);
    const db = await getDb();
    await db.update(envelopes).set({ sentAt: new Date(now().getTime() - 40 * 86_400_000) }).where(eq(envelopes.id, old));

    const s = await getPackageSummary(actors.viewer);
    expect(s).toMatchObject({ used: 6, included: 5, percent: 120, sandbox: 2, overage: { documents: 1, costCents: 250 }, credits: { whatsapp: 30, sms: 12 } });
    expect(s.byBranch.map((b) => [b.name, b.documents]).sort()).toEqual([
      [centro.branch.name, 3],
      [norte.branch.name, 3],
    ]);
    const sandbox = s.byIntegration.find((i) => i.id === homolog.integration!.id)!;
    expect(sandbox).toMatchObject({ documents: 0, sandbox: 2, environment: 'sandbox' });
    expect(s.daily.reduce((n, d) => n + d.documents, 0)).toBe(6);
    expect(s.daily.find((d) => d.documents > 0)?.documents).toBe(6);
    expect(s.daily[0].day).toBe(s.period.startDay);
    // Another account sees its own (empty) package.
    const other = await createAccount();
    expect(await getPackageSummary(other.actors.viewer)).toMatchObject({ used: 0, included: 0, sandbox: 0 });
  });

  it('counts exactly when many envelopes are sent at the same time', async () => {
    const { actors } = await createAccount();
    await updatePlan(actors.admin, updatePlanInput.parse({ documentsPerPeriod: '100', periodStartDay: '1', overagePrice: '1', addWhatsappCredits: '0', addSmsCredits: '0' }));
    const setups = [];
    for (let i = 0; i < 6; i++) setups.push(await createContractSetup(actors.operator, { witness: false }));
    await Promise.all(setups.map((s) => send(actors, s.contract.id)));
    expect((await getPackageSummary(actors.viewer)).used).toBe(6);
  });
});

describe('[PACKAGE] prepaid WhatsApp credits', () => {
  async function whatsappContracts(n: number, credits: number) {
    const { actors } = await createAccount();
    const db = await getDb();
    if (credits) await db.insert(accountPlans).values({ accountId: actors.operator.accountId, whatsappCredits: credits });
    const [tpl] = await db
      .insert(notificationTemplates)
      .values({ accountId: actors.operator.accountId, channel: 'whatsapp', name: 'Convite', body: 'Olá {{signatario.nome}}', externalName: 'convite' })
      .returning();
    const setups = [];
    for (let i = 0; i < n; i++) {
      const s = await createContractSetup(actors.operator, { witness: false, integration: { companySignerId: null, companyWitnessId: null } });
      await db
        .update(integrations)
        .set({ customerWhatsappTemplateId: tpl.id, whatsappProvider: 'cloud_api', whatsappSenderId: '1065', whatsappTokenEnc: sealSecret('t', 'integration.whatsappToken') })
        .where(eq(integrations.id, s.integration!.id));
      setups.push(s);
    }
    return { actors, setups, db };
  }

  it('with no credit left the send is refused with the reference message and nothing of it is kept', async () => {
    const { actors, setups, db } = await whatsappContracts(2, 1);
    expect(await refusal(send(actors, setups[0].contract.id))).toBe('ok');
    expect(await refusal(send(actors, setups[1].contract.id))).toBe(NO_CREDITS_MESSAGE);
    expect(await db.select().from(envelopes).where(eq(envelopes.contractId, setups[1].contract.id))).toEqual([]);
    const whatsapp = await db.select().from(messages).where(and(eq(messages.accountId, actors.operator.accountId), eq(messages.channel, 'whatsapp')));
    expect(whatsapp).toHaveLength(1);
    expect((await getPackageSummary(actors.viewer)).credits.whatsapp).toBe(0);
  });

  it('sends at the same time never spend more credits than there are', async () => {
    const { actors, setups, db } = await whatsappContracts(5, 3);
    const results = await Promise.all(setups.map((s) => refusal(send(actors, s.contract.id))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
    expect(results.filter((r) => r === NO_CREDITS_MESSAGE)).toHaveLength(2);
    const [plan] = await db.select().from(accountPlans).where(eq(accountPlans.accountId, actors.operator.accountId));
    expect(plan.whatsappCredits).toBe(0);
    const sent = await db.select().from(envelopes).where(eq(envelopes.accountId, actors.operator.accountId));
    expect(sent).toHaveLength(3);
    expect(await db.select().from(messages).where(and(eq(messages.accountId, actors.operator.accountId), eq(messages.channel, 'whatsapp')))).toHaveLength(3);
  });
});

describe('[PACKAGE] alerts', () => {
  it('e-mails the owners at 80 % and at 100 %, each once per period', async () => {
    const { actors } = await createAccount();
    await updatePlan(actors.admin, updatePlanInput.parse({ documentsPerPeriod: '5', periodStartDay: '1', overagePrice: '0', addWhatsappCredits: '0', addSmsCredits: '0' }));
    const s = await createContractSetup(actors.operator);
    const db = await getDb();
    const ownerMail = async () =>
      (await db.select().from(messages).where(and(eq(messages.accountId, actors.operator.accountId), eq(messages.toAddress, actors.owner.email)))).map((m) => m.subject);
    for (let i = 0; i < 3; i++) await send(actors, s.contract.id);
    await runDueJobs(db, { accountId: actors.operator.accountId });
    expect(await ownerMail()).toEqual([]);
    await send(actors, s.contract.id);
    await runDueJobs(db, { accountId: actors.operator.accountId });
    expect(await ownerMail()).toEqual(['Você já usou 80% do pacote de documentos']);
    await send(actors, s.contract.id);
    await send(actors, s.contract.id);
    await runDueJobs(db, { accountId: actors.operator.accountId });
    expect((await ownerMail()).sort()).toEqual(['O pacote de documentos deste período acabou', 'Você já usou 80% do pacote de documentos']);
    await send(actors, s.contract.id);
    await runDueJobs(db, { accountId: actors.operator.accountId });
    expect(await ownerMail()).toHaveLength(2);
    expect(await db.select().from(planAlerts).where(eq(planAlerts.accountId, actors.operator.accountId))).toHaveLength(2);
  });

  it('only admins set the package; credits add up', async () => {
    const { actors } = await createAccount();
    const input = updatePlanInput.parse({ documentsPerPeriod: '10', periodStartDay: '5', overagePrice: '1,99', addWhatsappCredits: '10', addSmsCredits: '0' });
    await expect(updatePlan(actors.operator, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updatePlan(actors.admin, input);
    expect(await updatePlan(actors.admin, { ...input, addWhatsappCredits: 5, addSmsCredits: 7 })).toEqual({ whatsappCredits: 15, smsCredits: 7 });
    expect((await getPackageSummary(actors.viewer)).plan).toMatchObject({ documentsPerPeriod: 10, periodStartDay: 5, overagePriceCents: 199 });
    expect(updatePlanInput.safeParse({ documentsPerPeriod: '-1', periodStartDay: '29', overagePrice: 'abc', addWhatsappCredits: '', addSmsCredits: '' }).success).toBe(false);
  });
});
