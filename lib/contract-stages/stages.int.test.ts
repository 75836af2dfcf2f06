import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { createDocumentType } from '../document-types/create-document-type';
import { documentTypeInput } from '../document-types/schemas';
import { getDb } from '../db/client';
import { contracts } from '../db/schema';
import { AppError } from '../errors';
import { createContractSetup } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createStage } from './create-stage';
import { deleteStage } from './delete-stage';
import { listStages } from './list-stages';
import { stageInput, updateStageInput } from './schemas';
import { updateStage } from './update-stage';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );
const stage = (name: string, position: number, documentTypeIds: string[] = [], nextStageId: string | null = null) =>
  stageInput.parse({ name, position, documentTypeIds, nextStageId });

describe('[STAGES] an admin keeps the contract stages', () => {
  it('creates stages with required document types and a next stage, edits and deletes them; each change is logged', async () => {
    const { actors } = await createAccount();
    const { documentTypeId: adesao } = await createDocumentType(actors.admin, documentTypeInput.parse({ name: 'Contrato de adesão', requiresSignature: true }));
    const { documentTypeId: fidelidade } = await createDocumentType(actors.admin, documentTypeInput.parse({ name: 'Termo de fidelidade', requiresSignature: true }));
    const { stageId: ativo } = await createStage(actors.admin, stage('Ativo', 2, [fidelidade, adesao]));
    const { stageId: instalacao } = await createStage(actors.owner, stage('Em instalação', 1, [], ativo));

    const rows = await listStages(actors.viewer);
    expect(rows.map((s) => [s.name, s.position, s.documentTypes.map((d) => d.name), s.nextStageName])).toEqual([
      ['Em instalação', 1, [], 'Ativo'],
      ['Ativo', 2, ['Contrato de adesão', 'Termo de fidelidade'], null],
    ]);

    await updateStage(actors.admin, updateStageInput.parse({ stageId: ativo, name: 'Ativo', position: 5, documentTypeIds: [adesao], nextStageId: null }));
    expect((await listStages(actors.admin)).find((s) => s.id === ativo)!.documentTypes.map((d) => d.name)).toEqual(['Contrato de adesão']);

    // Deleting the stage others lead to is refused, naming them.
    await expect(deleteStage(actors.admin, { stageId: ativo })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: 'A situação "Ativo" está em uso (é a próxima situação de: Em instalação). Mude esses contratos e situações antes de excluir.',
    });
    await deleteStage(actors.admin, { stageId: instalacao });
    await deleteStage(actors.admin, { stageId: ativo });
    expect(await listStages(actors.admin)).toEqual([]);

    const log = await listActivity(actors.admin, { page: 1, entityType: 'contract_stage' });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Criou a situação do contrato Ativo (exige Contrato de adesão, Termo de fidelidade)',
        'Criou a situação do contrato Em instalação (não exige documentos; segue para Ativo)',
        'Alterou a situação do contrato Ativo (exige Contrato de adesão)',
        'Excluiu a situação do contrato Em instalação',
      ]),
    );
  });

  it('refuses a next stage that is itself, a repeated name, and deleting a stage that contracts are in (naming them)', async () => {
    const { actors } = await createAccount();
    const { stageId } = await createStage(actors.admin, stage('Ativo', 1));
    await expect(updateStage(actors.admin, updateStageInput.parse({ stageId, name: 'Ativo', position: 1, documentTypeIds: [], nextStageId: stageId }))).rejects.toMatchObject({
      fields: { nextStageId: ['A próxima situação precisa ser outra situação.'] },
    });
    await expect(createStage(actors.admin, stage('Ativo', 2))).rejects.toMatchObject({ code: 'CONFLICT', fields: { name: ['Já existe uma situação com este nome.'] } });

    const s = await createContractSetup(actors.operator, { contract: { number: '41', stageId } });
    const db = await getDb();
    await db.insert(contracts).values({ accountId: actors.admin.accountId, number: '42', customerId: s.customer.id, branchId: s.branch.id, templateId: s.template.id, stageId });
    await expect(deleteStage(actors.admin, { stageId })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: 'A situação "Ativo" está em uso (contratos nesta situação: nº 41, 42). Mude esses contratos e situações antes de excluir.',
    });
  });
});

describe('[STAGES] permissions and tenancy', () => {
  it('only admins and owners change stages; another account’s stages and document types cannot be used', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { stageId } = await createStage(a.actors.admin, stage('Ativo', 1));
    for (const role of ['operator', 'viewer'] as const) {
      expect(await code(createStage(a.actors[role], stage('Outra', 1)))).toBe('FORBIDDEN');
      expect(await code(deleteStage(a.actors[role], { stageId }))).toBe('FORBIDDEN');
    }
    expect(await code(updateStage(b.actors.admin, updateStageInput.parse({ stageId, name: 'Invadida', position: 1, documentTypeIds: [], nextStageId: null })))).toBe('NOT_FOUND');
    expect(await code(deleteStage(b.actors.admin, { stageId }))).toBe('NOT_FOUND');
    expect(await listStages(b.actors.admin)).toEqual([]);

    const { documentTypeId: foreignType } = await createDocumentType(b.actors.admin, documentTypeInput.parse({ name: 'De B', requiresSignature: true }));
    await expect(createStage(a.actors.admin, stage('Com tipo de B', 2, [foreignType]))).rejects.toMatchObject({
      fields: { documentTypeIds: ['Tipo de documento não encontrado nesta conta.'] },
    });
    await expect(createStage(b.actors.admin, stage('Leva para A', 1, [], stageId))).rejects.toMatchObject({
      fields: { nextStageId: ['Situação não encontrada nesta conta.'] },
    });
  });
});
