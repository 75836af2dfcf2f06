import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { AppError } from '../errors';
import { setupTestDb } from '../testing/db';
import { createContractSetup } from '../testing/contract-factories';
import { createAccount } from '../testing/factories';
import { createServiceOrder } from './create-service-order';
import { createSubject } from './create-subject';
import { deleteSubject } from './delete-subject';
import { listSubjects } from './list-subjects';
import { serviceOrderInput, subjectInput, updateSubjectInput } from './schemas';
import { updateSubject } from './update-subject';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

describe('[O.S. SUBJECTS] an admin keeps the O.S. subjects', () => {
  it('creates, flags, renames and deletes subjects; refuses deleting one in use, naming the O.S.', async () => {
    const { actors } = await createAccount();
    const { subjectId } = await createSubject(actors.admin, subjectInput.parse({ name: 'Assinatura de contrato', requiresSignature: true }));
    const { subjectId: visita } = await createSubject(actors.admin, subjectInput.parse({ name: 'Visita técnica', requiresSignature: false }));
    await updateSubject(actors.admin, updateSubjectInput.parse({ subjectId: visita, name: 'Visita técnica', requiresSignature: true }));
    expect((await listSubjects(actors.viewer)).map((s) => [s.name, s.requiresSignature, s.orderCount])).toEqual([
      ['Assinatura de contrato', true, 0],
      ['Visita técnica', true, 0],
    ]);

    // With general parameters off, the O.S. opens without a signing document.
    const s = await createContractSetup(actors.operator, { general: null });
    const first = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId, description: 'Primeira' }));
    const second = await createServiceOrder(actors.operator, serviceOrderInput.parse({ contractId: s.contract.id, subjectId }));
    await expect(deleteSubject(actors.admin, { subjectId })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: `O assunto "Assinatura de contrato" está em uso pelas O.S. nº ${first.number}, ${second.number}. Ordens de serviço abertas com ele ficam no histórico; crie um novo assunto se precisar de outro.`,
    });
    await deleteSubject(actors.admin, { subjectId: visita });
    expect((await listSubjects(actors.admin)).map((r) => [r.name, r.orderCount])).toEqual([['Assinatura de contrato', 2]]);

    const log = await listActivity(actors.admin, { page: 1, entityType: 'service_order_subject' });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Criou o assunto de O.S. Assinatura de contrato, com integração assinatura digital',
        'Alterou o assunto de O.S. Visita técnica: integração assinatura digital Sim',
        'Excluiu o assunto de O.S. Visita técnica',
      ]),
    );
  });

  it('only admins change subjects; another account’s subject is "not found"', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { subjectId } = await createSubject(a.actors.admin, subjectInput.parse({ name: 'Assinatura', requiresSignature: true }));
    for (const role of ['operator', 'viewer'] as const) {
      expect(await code(createSubject(a.actors[role], subjectInput.parse({ name: 'Outro', requiresSignature: false })))).toBe('FORBIDDEN');
      expect(await code(deleteSubject(a.actors[role], { subjectId }))).toBe('FORBIDDEN');
    }
    expect(await code(updateSubject(b.actors.admin, updateSubjectInput.parse({ subjectId, name: 'Invadido', requiresSignature: false })))).toBe('NOT_FOUND');
    expect(await code(deleteSubject(b.actors.admin, { subjectId }))).toBe('NOT_FOUND');
    expect(await listSubjects(b.actors.admin)).toEqual([]);
  });
});
