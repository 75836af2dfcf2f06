import { beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { now } from '../clock';
import { getDb } from '../db/client';
import { documentTypes, stageRequiredDocumentTypes } from '../db/schema';
import { completeEnvelope } from '../envelopes/complete-envelope';
import { listContractEnvelopes } from '../envelopes/list-contract-envelopes';
import { AppError } from '../errors';
import { createServiceOrder } from '../service-orders/create-service-order';
import { createSubject } from '../service-orders/create-subject';
import { listServiceOrders } from '../service-orders/list-service-orders';
import { serviceOrderInput, subjectInput } from '../service-orders/schemas';
import { createContractSetup, createStages, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { addContractTerm } from './add-contract-term';
import { createContract } from './create-contract';
import { deleteContract } from './delete-contract';
import { generateContractEnvelope } from './generate-contract-envelope';
import { getContract } from './get-contract';
import { listContractTerms } from './list-contract-terms';
import { moveContractToStage } from './move-contract-to-stage';
import { addTermInput, updateContractInput } from './schemas';
import { missingDocumentTypesForStage } from './stage-gate';
import { formFor } from './test-support';
import { updateContract } from './update-contract';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.userMessage : String(e)),
  );
const complete = async (envelopeId: string) => completeEnvelope(await getDb(), envelopeId, now());

describe('[CONTRACTS] the signing document is born from the contract', () => {
  it('saving a contract creates its envelope with the customer, witness and company signers; saving again does not make another', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const created = await createContract(actors.operator, formFor(s));
    expect(created.envelope).toMatchObject({ created: true });
    const history = await listContractEnvelopes(actors.viewer, created.contractId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ origin: 'contract_saved', status: 'sent', provider: 'rubrica', integrationDescription: s.integration!.description });
    expect(history[0].recipients.map((r) => [r.role, r.name])).toEqual([
      ['customer', 'José da Conceição'],
      ['customer_witness', 'Maria Testemunha'],
      ['company_signer', 'Roberta Responsável'],
      ['company_witness', 'Tiago Testemunha'],
    ]);
    const again = await updateContract(actors.operator, updateContractInput.parse({ ...formFor(s), contractId: created.contractId, planName: 'Fibra 1 Giga' }));
    expect(again.envelope).toEqual({ created: false, reason: null });
    expect(await listContractEnvelopes(actors.viewer, created.contractId)).toHaveLength(1);

    // A contract with signing history cannot be deleted.
    expect(await refusal(deleteContract(actors.operator, { contractId: created.contractId }))).toBe(
      `O contrato nº ${created.number} tem um documento de assinatura no histórico e não pode ser excluído. Mude o status para Cancelado.`,
    );

    // Signed: the contract activates by itself (general parameter: no ato da assinatura).
    await complete(history[0].id);
    expect(await getContract(actors.viewer, created.contractId)).toMatchObject({ status: 'active', activatedAt: expect.any(Date) });
  });

  it('when a precondition fails the contract still saves, and the reason says what to fix', async () => {
    const { actors } = await createAccount();
    const noIntegration = await createContractSetup(actors.operator, { integration: null });
    const r1 = await createContract(actors.operator, formFor(noIntegration));
    expect(r1.envelope).toEqual({
      created: false,
      reason: `A filial "${noIntegration.branch.name}" não tem integração de assinatura digital. Vincule uma integração em Filiais › ${noIntegration.branch.name}.`,
    });
    expect(await getContract(actors.operator, r1.contractId)).not.toBeNull();

    const external = await createContractSetup(actors.operator, { integration: { provider: 'clicksign' } });
    const r2 = await createContract(actors.operator, formFor(external));
    expect(r2.envelope).toMatchObject({ created: false, reason: expect.stringContaining('ainda não está disponível') });

    const noEmail = await createContractSetup(actors.operator, { customer: { emails: [] } });
    const r3 = await createContract(actors.operator, formFor(noEmail));
    expect(r3.envelope).toMatchObject({ created: false, reason: expect.stringContaining('requer um e-mail válido') });

    // "Utilizar integração assinatura digital: Não" on the contract: nothing expected, nothing to explain.
    const r4 = await createContract(actors.operator, formFor(noEmail, { useSignatureIntegration: 'no' }));
    expect(r4.envelope).toEqual({ created: false, reason: null });
  });

  it('"Gerar novo documento de assinatura digital" works only while the contract awaits signature, and says why not', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { envelopeId } = await generateContractEnvelope(actors.operator, { contractId: s.contract.id });
    const [history] = await listContractEnvelopes(actors.operator, s.contract.id);
    expect(history).toMatchObject({ id: envelopeId, origin: 'manual' });
    const log = await listActivity(actors.admin, { page: 1, entityType: 'contract' });
    expect(log.rows.map((r) => r.summary)).toContain(`Gerou manualmente um novo documento de assinatura do contrato nº ${s.contract.number}`);

    await complete(envelopeId);
    expect(await refusal(generateContractEnvelope(actors.operator, { contractId: s.contract.id }))).toBe(
      `O contrato nº ${s.contract.number} não está "Aguardando assinatura": altere o status para gerar um novo documento de assinatura.`,
    );
    const noIntegration = await createContractSetup(actors.operator, { integration: null });
    expect(await refusal(generateContractEnvelope(actors.operator, { contractId: noIntegration.contract.id }))).toContain('não tem integração de assinatura digital');
    expect(await refusal(generateContractEnvelope(actors.viewer, { contractId: noIntegration.contract.id }))).toBe('Você não tem permissão para esta ação.');
    const other = await createAccount();
    expect(await refusal(generateContractEnvelope(other.actors.admin, { contractId: s.contract.id }))).toBe('Contrato não encontrado.');
  });

  it('an O.S. whose subject signs creates the envelope (send method O.S.); signing closes the O.S. and activates the contract', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { integration: { sendMethod: 'service_order' } });
    // Send method "Ordem de serviço": saving the contract expects nothing.
    const created = await createContract(actors.operator, formFor(s));
    expect(created.envelope).toEqual({ created: false, reason: null });
    const { subjectId: signs } = await createSubject(actors.admin, subjectInput.parse({ name: 'Assinatura de contrato', requiresSignature: true }));
    const { subjectId: visit } = await createSubject(actors.admin, subjectInput.parse({ name: 'Visita técnica', requiresSignature: false }));

    const plain = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: created.contractId, subjectId: visit, description: 'Trocar roteador' }));
    expect(plain.envelope).toEqual({ created: false, reason: null });
    const order = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: created.contractId, subjectId: signs }));
    expect(order.envelope).toMatchObject({ created: true });
    expect(Number(order.number)).toBe(Number(plain.number) + 1);

    const [history] = await listContractEnvelopes(actors.operator, created.contractId);
    expect(history).toMatchObject({ origin: 'service_order' });
    expect((await listServiceOrders(actors.viewer, created.contractId)).map((o) => [o.number, o.subjectName, o.status, o.envelopeStatus])).toEqual([
      [order.number, 'Assinatura de contrato', 'open', 'sent'],
      [plain.number, 'Visita técnica', 'open', null],
    ]);
    await complete(history.id);
    expect((await listServiceOrders(actors.viewer, created.contractId)).find((o) => o.id === order.serviceOrderId)).toMatchObject({ status: 'closed', envelopeStatus: 'sealing' });
    expect(await getContract(actors.viewer, created.contractId)).toMatchObject({ status: 'active' });

    const log = await listActivity(actors.admin, { page: 1, entityType: 'service_order' });
    expect(log.rows.map((r) => r.summary)).toContain(`Abriu a O.S. nº ${order.number} (Assinatura de contrato) no contrato nº ${created.number}`);
  });

  it('an O.S. on a contract whose integration sends "on contract" opens, and the reason says why no document was made', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { subjectId } = await createSubject(actors.admin, subjectInput.parse({ name: 'Assinatura', requiresSignature: true }));
    const order = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId }));
    expect(order.envelope).toMatchObject({ created: false, reason: expect.stringContaining('O.S. não geram documento de assinatura') });
    expect(await listServiceOrders(actors.operator, s.contract.id)).toHaveLength(1);
  });

  it('a term added with "Assinado: Não" goes out on its own; with "Sim" it does not; signing marks it signed', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { contract: { status: 'active' } });
    const signed = await addContractTerm(actors.operator, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.term.id, signed: 'true' }));
    expect(signed.envelope).toEqual({ created: false, reason: null });
    const pending = await addContractTerm(actors.operator, addTermInput.parse({ contractId: s.contract.id, termTemplateId: s.term.id, signed: 'false' }));
    expect(pending.envelope).toMatchObject({ created: true });
    const [history] = await listContractEnvelopes(actors.operator, s.contract.id);
    expect(history).toMatchObject({ origin: 'standalone_term' });
    expect(history.documents.map((d) => [d.kind, d.name])).toEqual([['term', s.term.name]]);

    await complete(history.id);
    expect((await listContractTerms(actors.viewer, s.contract.id)).map((t) => [t.signed, t.envelopeStatus])).toEqual([
      [true, null],
      [true, 'sealing'],
    ]);
    // A standalone term does not activate or change the contract.
    expect(await getContract(actors.viewer, s.contract.id)).toMatchObject({ status: 'active' });
  });
});

describe('[CONTRACTS] stage gate: a stage waits for its required documents to be signed', () => {
  it('refuses the move naming the missing types, then signing moves the contract on by itself', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { first, next } = await createStages(actors.operator, [s.docType.id, s.termType.id]);
    await moveContractToStage(actors.operator, { contractId: s.contract.id, stageId: first.id });

    expect(await refusal(moveContractToStage(actors.operator, { contractId: s.contract.id, stageId: next.id }))).toBe(
      `A situação ${next.name} exige documentos assinados: ${s.docType.name}, ${s.termType.name}.`,
    );
    // A new contract cannot start in that stage either.
    expect(await refusal(createContract(actors.operator, formFor(s, { stageId: next.id })))).toBe(
      `A situação ${next.name} exige documentos assinados: ${s.docType.name}, ${s.termType.name}.`,
    );

    const { envelopeId } = await generateContractEnvelope(actors.operator, { contractId: s.contract.id });
    const db = await getDb();
    // Pending is not signed.
    expect(await missingDocumentTypesForStage(db, { accountId: s.contract.accountId, contractId: s.contract.id, stageId: next.id })).toHaveLength(2);
    await complete(envelopeId);
    expect(await missingDocumentTypesForStage(db, { accountId: s.contract.accountId, contractId: s.contract.id, stageId: next.id })).toEqual([]);
    expect(await getContract(actors.viewer, s.contract.id)).toMatchObject({ stageId: next.id, stageName: next.name });

    const log = await listActivity(actors.admin, { page: 1, entityType: 'contract' });
    expect(log.rows.map((r) => r.summary)).toContain(`Mudou a situação do contrato nº ${s.contract.number} para ${first.name}`);
  });

  it('once signed, a move by hand is accepted; a type without "Requer assinatura eletrônica" never blocks; another account sees nothing', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const db = await getDb();
    const [annex] = await db.insert(documentTypes).values({ accountId: s.contract.accountId, name: 'Anexo', requiresSignature: false }).returning();
    const { next } = await createStages(actors.operator, [s.docType.id]);
    await db.insert(stageRequiredDocumentTypes).values({ stageId: next.id, documentTypeId: annex.id });
    expect(await missingDocumentTypesForStage(db, { accountId: s.contract.accountId, contractId: s.contract.id, stageId: next.id })).toEqual([
      { id: s.docType.id, name: s.docType.name },
    ]);
    const { envelopeId } = await generateContractEnvelope(actors.operator, { contractId: s.contract.id });
    await complete(envelopeId);
    await moveContractToStage(actors.operator, { contractId: s.contract.id, stageId: next.id });
    expect(await getContract(actors.viewer, s.contract.id)).toMatchObject({ stageId: next.id });
    expect(await refusal(moveContractToStage(actors.operator, { contractId: s.contract.id, stageId: next.id }))).toBe(`O contrato já está na situação ${next.name}.`);

    const other = await createAccount();
    expect(await missingDocumentTypesForStage(db, { accountId: other.account.id, contractId: s.contract.id, stageId: next.id })).toEqual([]);
    expect(await refusal(moveContractToStage(other.actors.admin, { contractId: s.contract.id, stageId: next.id }))).toBe('Contrato não encontrado.');
    expect(await refusal(moveContractToStage(actors.viewer, { contractId: s.contract.id, stageId: next.id }))).toBe('Você não tem permissão para esta ação.');
  });
});
