import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { createStage } from '../contract-stages/create-stage';
import { stageInput } from '../contract-stages/schemas';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { AppError } from '../errors';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createDocumentType } from './create-document-type';
import { deleteDocumentType } from './delete-document-type';
import { listDocumentTypes } from './list-document-types';
import { documentTypeInput, updateDocumentTypeInput } from './schemas';
import { updateDocumentType } from './update-document-type';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );
const input = (name: string, requiresSignature = true) => documentTypeInput.parse({ name, requiresSignature });

describe('[DOCUMENT TYPES] an admin keeps the account’s document types', () => {
  it('creates, renames, flags and deletes a type; each change is logged', async () => {
    const { actors } = await createAccount();
    const { documentTypeId } = await createDocumentType(actors.admin, input('Contrato de adesão'));
    await createDocumentType(actors.owner, input('Anexo', false));
    expect((await listDocumentTypes(actors.viewer)).map((t) => [t.name, t.requiresSignature, t.stageCount])).toEqual([
      ['Anexo', false, 0],
      ['Contrato de adesão', true, 0],
    ]);
    await updateDocumentType(actors.admin, updateDocumentTypeInput.parse({ documentTypeId, name: 'Contrato de adesão PF', requiresSignature: false }));
    expect((await listDocumentTypes(actors.admin)).find((t) => t.id === documentTypeId)).toMatchObject({ name: 'Contrato de adesão PF', requiresSignature: false });
    await deleteDocumentType(actors.admin, { documentTypeId });
    expect((await listDocumentTypes(actors.admin)).map((t) => t.name)).toEqual(['Anexo']);

    const log = await listActivity(actors.admin, { page: 1, entityType: 'document_type' });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Criou o tipo de documento Contrato de adesão, que requer assinatura eletrônica',
        'Criou o tipo de documento Anexo',
        'Alterou o tipo de documento Contrato de adesão PF: deixou de requerer assinatura eletrônica',
        'Excluiu o tipo de documento Contrato de adesão PF',
      ]),
    );
  });

  it('refuses a repeated name on the name field', async () => {
    const { actors } = await createAccount();
    await createDocumentType(actors.admin, input('Contrato'));
    await expect(createDocumentType(actors.admin, input('Contrato'))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { name: ['Já existe um tipo de documento com este nome.'] },
    });
  });

  it('refuses deleting a type that stages require or templates produce, naming them', async () => {
    const { actors } = await createAccount();
    const { documentTypeId } = await createDocumentType(actors.admin, input('Termo de fidelidade'));
    await createStage(actors.admin, stageInput.parse({ name: 'Em instalação', position: 1, documentTypeIds: [documentTypeId], nextStageId: null }));
    await createStage(actors.admin, stageInput.parse({ name: 'Ativo', position: 2, documentTypeIds: [documentTypeId], nextStageId: null }));
    const db = await getDb();
    await db.insert(contractTemplates).values({ accountId: actors.admin.accountId, kind: 'term', name: 'Fidelidade 12 meses', source: 'Texto', documentTypeId });
    await expect(deleteDocumentType(actors.admin, { documentTypeId })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage:
        'O tipo de documento "Termo de fidelidade" está exigido pelas situações: Ativo, Em instalação; e usado pelos modelos: Fidelidade 12 meses. Retire-o deles antes de excluir.',
    });
    expect((await listDocumentTypes(actors.admin))[0]).toMatchObject({ name: 'Termo de fidelidade', stageCount: 2 });
  });
});

describe('[DOCUMENT TYPES] permissions and tenancy', () => {
  it('operators and viewers read but do not change; another account’s type is "not found"', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { documentTypeId } = await createDocumentType(a.actors.admin, input('Contrato'));
    for (const role of ['operator', 'viewer'] as const) {
      expect(await code(createDocumentType(a.actors[role], input('Xis')))).toBe('FORBIDDEN');
      expect(await code(updateDocumentType(a.actors[role], updateDocumentTypeInput.parse({ documentTypeId, name: 'Ypsilon', requiresSignature: true })))).toBe('FORBIDDEN');
      expect(await code(deleteDocumentType(a.actors[role], { documentTypeId }))).toBe('FORBIDDEN');
    }
    expect(await code(updateDocumentType(b.actors.admin, updateDocumentTypeInput.parse({ documentTypeId, name: 'Invadido', requiresSignature: true })))).toBe('NOT_FOUND');
    expect(await code(deleteDocumentType(b.actors.admin, { documentTypeId }))).toBe('NOT_FOUND');
    expect(await listDocumentTypes(b.actors.admin)).toEqual([]);
    // The same name is fine in another account.
    expect(await code(createDocumentType(b.actors.admin, input('Contrato')))).toBe('ok');
    expect((await listDocumentTypes(a.actors.viewer)).map((t) => t.name)).toEqual(['Contrato']);
  });
});
