import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { getDb } from '../db/client';
import { branches, contacts, contractTemplates, customers } from '../db/schema';
import { AppError } from '../errors';
import { createContractSetup, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { closeServiceOrder } from '../service-orders/close-service-order';
import { createServiceOrder } from '../service-orders/create-service-order';
import { createSubject } from '../service-orders/create-subject';
import { listServiceOrders } from '../service-orders/list-service-orders';
import { serviceOrderInput, subjectInput } from '../service-orders/schemas';
import { addContractTerm } from './add-contract-term';
import { createContract } from './create-contract';
import { deleteContract } from './delete-contract';
import { getContract } from './get-contract';
import { getContractEffectiveSettings } from './get-contract-effective-settings';
import { listContractTerms } from './list-contract-terms';
import { listContracts } from './list-contracts';
import { moveContractToStage } from './move-contract-to-stage';
import { removeContractTerm } from './remove-contract-term';
import { addTermInput, updateContractInput } from './schemas';
import { formFor } from './test-support';
import { updateContract } from './update-contract';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

describe('[CONTRACTS] create, read, edit, list, delete', () => {
  it('an operator creates a contract numbered per account, edits it, and every change is logged', async () => {
    const { actors } = await createAccount();
    // General parameters off: saving creates no signing document, and that is not a failure (reason null).
    const s = await createContractSetup(actors.operator, { general: null });
    const created = await createContract(actors.operator, formFor(s));
    expect(created).toMatchObject({ number: '1', envelope: { created: false, reason: null } });
    const c = await getContract(actors.viewer, created.contractId);
    expect(c).toMatchObject({
      number: '1',
      customerName: 'José da Conceição',
      branchName: s.branch.name,
      templateName: s.template.name,
      witnessName: 'Maria Testemunha',
      priceCents: 9990,
      dueDay: 10,
      startDate: '2026-03-01',
      status: 'awaiting_signature',
      activatedAt: null,
    });

    await updateContract(actors.operator, updateContractInput.parse({ ...formFor(s), contractId: created.contractId, status: 'active', price: '129,90', witnessContactId: '' }));
    expect(await getContract(actors.operator, created.contractId)).toMatchObject({ status: 'active', priceCents: 12990, witnessContactId: null, activatedAt: expect.any(Date) });

    const second = await createContract(actors.operator, formFor(s, { planName: '', price: '' }));
    expect(second.number).toBe('2');

    await deleteContract(actors.operator, { contractId: second.contractId });
    expect(await getContract(actors.operator, second.contractId)).toBeNull();

    const log = await listActivity(actors.admin, { page: 1, entityType: 'contract' });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        `Criou o contrato nº 1 de José da Conceição (Fibra 500 Mega, R$ 99,90) na filial ${s.branch.name}`,
        'Alterou o contrato nº 1: status Aguardando assinatura → Ativo; valor, testemunha',
        `Criou o contrato nº 2 de José da Conceição na filial ${s.branch.name}`,
        'Excluiu o contrato nº 2',
      ]),
    );
  });

  it('10 contracts created at the same time get 10 distinct numbers', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { general: null });
    const results = await Promise.all(Array.from({ length: 10 }, () => createContract(actors.operator, formFor(s))));
    expect(results.map((r) => Number(r.number)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Another account counts from 1 on its own.
    const other = await createAccount();
    const o = await createContractSetup(other.actors.operator, { general: null });
    expect((await createContract(other.actors.operator, formFor(o))).number).toBe('1');
  });

  it('lists with filters (status, branch, customer name / CPF / number, period) and pages on the server', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { general: null });
    const db = await getDb();
    const [norte] = await db.insert(branches).values({ accountId: actors.admin.accountId, name: 'Norte' }).returning();
    const [ana] = await db
      .insert(customers)
      .values({ accountId: actors.admin.accountId, kind: 'person', name: 'Ana Souza', taxId: '52998224725', emails: ['ana@x.com.br'], searchText: 'ana souza 52998224725 ana@x.com.br' })
      .returning();
    const a = await createContract(actors.operator, formFor(s));
    const b = await createContract(actors.operator, formFor({ ...s, customer: ana, witness: null }, { branchId: norte.id, status: 'active' }));
    for (let i = 0; i < 25; i++) await createContract(actors.operator, formFor(s, { status: 'suspended' }));

    const ids = async (f: Parameters<typeof listContracts>[1]) => (await listContracts(actors.viewer, f)).rows.map((r) => r.id);
    expect(await ids({ status: 'active' })).toEqual([b.contractId]);
    expect(await ids({ branchId: norte.id })).toEqual([b.contractId]);
    expect(await ids({ q: 'souza' })).toEqual([b.contractId]);
    expect(await ids({ q: '529.982' })).toEqual([b.contractId]);
    expect((await ids({ q: a.number }))[0]).toBe(a.contractId); // the exact number first, even when digits match many CPFs
    expect(await ids({ status: 'awaiting_signature', q: 'jose da conceicao' })).toEqual([a.contractId, s.contract.id]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'America/Sao_Paulo' });
    expect((await listContracts(actors.viewer, { from: '2000-01-01', to: '2000-12-31' })).rows).toEqual([]);
    const page1 = await listContracts(actors.viewer, { from: today, to: today });
    expect(page1).toMatchObject({ page: 1, hasMore: true });
    expect(page1.rows).toHaveLength(25);
    const page2 = await listContracts(actors.viewer, { from: today, to: today, page: 2 });
    expect(page2.hasMore).toBe(false);
    expect(page2.rows.length).toBe(28 - 25);
    expect(page1.rows[0].number).toBe('27');
  });

  it('shows the effective settings with their explanation: contract over general parameter over integration', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { general: { useSignatureIntegration: false, defaultActivation: 'manual' }, integration: { requireSelfie: true } });
    const c = (await getContract(actors.operator, s.contract.id))!;
    const { settings, integration } = await getContractEffectiveSettings(actors.viewer, { ...c, requireIdDocument: 'yes' });
    expect(integration).toMatchObject({ description: s.integration!.description, provider: 'rubrica', sendMethod: 'contract' });
    expect(settings.useSignature).toMatchObject({ value: false, source: 'general' });
    expect(settings.activation).toMatchObject({ value: 'manual', source: 'general' });
    expect(settings.requireSelfie).toMatchObject({ value: true, source: 'integration' });
    expect(settings.requireIdDocument).toMatchObject({ value: true, source: 'contract', explanation: 'O contrato define "Documento de identidade" como Sim.' });
  });
});

describe('[CONTRACTS] what a contract may point to', () => {
  it('refuses another account’s customer, branch or template, an inactive template, a term as template, and a witness of another customer', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const s = await createContractSetup(a.actors.operator, { general: null });
    const f = await createContractSetup(b.actors.operator, { general: null });
    const refused = async (over: Record<string, unknown>) => {
      try {
        await createContract(a.actors.operator, formFor(s, over));
      } catch (e) {
        return (e as AppError).fields;
      }
      return 'ok';
    };
    expect(await refused({ customerId: f.customer.id })).toEqual({ customerId: ['Cliente não encontrado nesta conta.'] });
    expect(await refused({ branchId: f.branch.id })).toEqual({ branchId: ['Filial não encontrada nesta conta.'] });
    expect(await refused({ templateId: f.template.id })).toEqual({ templateId: ['Modelo de contrato não encontrado nesta conta.'] });
    expect(await refused({ templateId: s.term.id })).toEqual({ templateId: ['Modelo de contrato não encontrado nesta conta.'] });
    const db = await getDb();
    const [other] = await db
      .insert(customers)
      .values({ accountId: a.actors.admin.accountId, kind: 'person', name: 'Outro', taxId: '11144477735', emails: [], searchText: 'outro' })
      .returning();
    const [otherContact] = await db.insert(contacts).values({ accountId: a.actors.admin.accountId, customerId: other.id, name: 'Contato de outro', taxId: '52998224725' }).returning();
    expect(await refused({ witnessContactId: otherContact.id })).toEqual({ witnessContactId: ['A testemunha precisa ser um dos contatos do cliente escolhido.'] });
    await db.update(contractTemplates).set({ active: false }).where(eq(contractTemplates.id, s.template.id));
    expect(await refused({})).toEqual({ templateId: ['Este modelo de contrato está inativo.'] });
    // A contract that already uses the now inactive template may still be edited.
    expect(await code(updateContract(a.actors.operator, updateContractInput.parse({ ...formFor(s), contractId: s.contract.id })))).toBe('ok');
  });
});

describe('[CONTRACTS] permissions and tenancy', () => {
  it('viewers read but do not change; another account’s contract is "not found" and never listed', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const s = await createContractSetup(a.actors.operator, { general: null });
    const id = s.contract.id;
    expect(await code(createContract(a.actors.viewer, formFor(s)))).toBe('FORBIDDEN');
    expect(await code(updateContract(a.actors.viewer, updateContractInput.parse({ ...formFor(s), contractId: id })))).toBe('FORBIDDEN');
    expect(await code(deleteContract(a.actors.viewer, { contractId: id }))).toBe('FORBIDDEN');
    expect(await getContract(a.actors.viewer, id)).not.toBeNull();

    expect(await getContract(b.actors.admin, id)).toBeNull();
    expect(await getContract(b.actors.admin, 'not-a-uuid')).toBeNull();
    expect(await code(updateContract(b.actors.admin, updateContractInput.parse({ ...formFor(s), contractId: id })))).toBe('NOT_FOUND');
    expect(await code(deleteContract(b.actors.admin, { contractId: id }))).toBe('NOT_FOUND');
    expect((await listContracts(b.actors.admin, {})).rows).toEqual([]);
    expect((await getContract(a.actors.owner, id))!.number).toBe(s.contract.number);
  });
});

describe('[CONTRACTS] terms and service orders on a contract', () => {
  it('an operator attaches and removes a term, opens and closes an O.S.; each is logged; another account gets "not found"', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { general: null });
    const { contractTermId } = await addContractTerm(actors.operator, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.term.id, signed: 'true' }));
    expect((await listContractTerms(actors.viewer, s.contract.id)).map((t) => [t.name, t.signed])).toEqual([[s.term.name, true]]);
    await removeContractTerm(actors.operator, { contractId: s.contract.id, contractTermId });
    expect(await listContractTerms(actors.viewer, s.contract.id)).toEqual([]);
    // A contract template is not a term.
    await expect(addContractTerm(actors.operator, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.template.id, signed: 'true' }))).rejects.toMatchObject({
      fields: { termTemplateId: ['Termo não encontrado nesta conta.'] },
    });

    const { subjectId } = await createSubject(actors.admin, subjectInput.parse({ name: 'Visita técnica', requiresSignature: false }));
    const order = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId, description: 'Trocar roteador' }));
    expect(order).toMatchObject({ number: '1', envelope: { created: false, reason: null } });
    await closeServiceOrder(actors.operator, { contractId: s.contract.id, serviceOrderId: order.serviceOrderId });
    expect(await listServiceOrders(actors.viewer, s.contract.id)).toMatchObject([{ number: '1', status: 'closed', closedAt: expect.any(Date), description: 'Trocar roteador' }]);
    expect(await code(closeServiceOrder(actors.operator, { contractId: s.contract.id, serviceOrderId: order.serviceOrderId }))).toBe('INVALID_STATE');

    const log = await listActivity(actors.admin, { page: 1 });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        `Incluiu o termo ${s.term.name} no contrato nº ${s.contract.number} (assinado: sim)`,
        `Retirou o termo ${s.term.name} do contrato nº ${s.contract.number}`,
        `Abriu a O.S. nº 1 (Visita técnica) no contrato nº ${s.contract.number}`,
        'Fechou a O.S. nº 1',
      ]),
    );

    const other = await createAccount();
    const { subjectId: foreignSubject } = await createSubject(other.actors.admin, subjectInput.parse({ name: 'Assinatura', requiresSignature: true }));
    expect(await code(addContractTerm(other.actors.operator, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.term.id, signed: 'false' })))).toBe('NOT_FOUND');
    expect(await code(createServiceOrder(other.actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId: foreignSubject })))).toBe('NOT_FOUND');
    expect(await code(closeServiceOrder(other.actors.operator, { contractId: s.contract.id, serviceOrderId: order.serviceOrderId }))).toBe('NOT_FOUND');
    expect(await code(moveContractToStage(other.actors.operator, { contractId: s.contract.id, stageId: s.contract.id }))).toBe('NOT_FOUND');
    // Nor can this account use another account's subject.
    await expect(createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId: foreignSubject }))).rejects.toMatchObject({
      fields: { subjectId: ['Assunto não encontrado nesta conta.'] },
    });
    expect(await listServiceOrders(other.actors.admin, s.contract.id)).toEqual([]);
    expect(await code(addContractTerm(actors.viewer, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.term.id, signed: 'true' })))).toBe('FORBIDDEN');
  });
});
