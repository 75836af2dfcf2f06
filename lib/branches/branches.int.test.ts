import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { AppError } from '../errors';
import { createIntegration } from '../integrations/create-integration';
import { createIntegrationInput } from '../integrations/schemas';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createBranch } from './create-branch';
import { deleteBranch } from './delete-branch';
import { getBranch } from './get-branch';
import { listBranches } from './list-branches';
import { createBranchInput, updateBranchInput } from './schemas';
import { updateBranch } from './update-branch';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

const builtIn = (description: string) =>
  createIntegrationInput.parse({
    provider: 'rubrica',
    description,
    environment: 'production',
    sendMethod: 'contract',
    requireIdDocument: false,
    requireSelfie: false,
    requireHandwritten: false,
  });

const CENTRO = {
  name: 'Centro',
  cnpj: '11.222.333/0001-81',
  addressStreet: 'Av. Paulista',
  addressNumber: '1000',
  addressCity: 'São Paulo',
  addressState: 'SP',
  addressPostalCode: '01310-100',
};

describe('[BRANCHES] create, edit, delete', () => {
  it('an admin links branches to integrations: several branches may share one, and branches may differ', async () => {
    const { actors } = await createAccount();
    const { integrationId: a } = await createIntegration(actors.admin, builtIn('Rubrica'));
    const { integrationId: b } = await createIntegration(actors.admin, builtIn('Outra'));
    const { branchId: centro } = await createBranch(actors.admin, createBranchInput.parse({ ...CENTRO, integrationId: a }));
    await createBranch(actors.admin, createBranchInput.parse({ name: 'Norte', integrationId: a }));
    await createBranch(actors.admin, createBranchInput.parse({ name: 'Sul', integrationId: b }));
    const page = await listBranches(actors.viewer);
    expect(page.rows.map((r) => [r.name, r.integrationDescription])).toEqual([
      ['Centro', 'Rubrica'],
      ['Norte', 'Rubrica'],
      ['Sul', 'Outra'],
    ]);
    expect(await getBranch(actors.viewer, centro)).toMatchObject({ cnpj: '11222333000181', addressPostalCode: '01310100', addressState: 'SP' });

    await updateBranch(actors.admin, updateBranchInput.parse({ ...CENTRO, branchId: centro, name: 'Centro Histórico', integrationId: '' }));
    expect(await getBranch(actors.admin, centro)).toMatchObject({ name: 'Centro Histórico', integrationId: null });

    await deleteBranch(actors.admin, { branchId: centro });
    expect(await code(getBranch(actors.admin, centro))).toBe('NOT_FOUND');

    const log = await listActivity(actors.admin, { page: 1, entityType: 'branch' });
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Criou a filial Centro, vinculada à integração "Rubrica"',
        'Alterou a filial Centro Histórico: ficou sem integração de assinatura',
        'Excluiu a filial Centro Histórico',
      ]),
    );
  });

  it('refuses a second branch with the same name, on the name field', async () => {
    const { actors } = await createAccount();
    await createBranch(actors.admin, createBranchInput.parse({ name: 'Centro' }));
    await expect(createBranch(actors.admin, createBranchInput.parse({ name: 'Centro' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { name: ['Já existe uma filial com este nome.'] },
    });
  });
});

describe('[BRANCHES] permissions and tenancy', () => {
  it('only admins and owners manage branches', async () => {
    const { actors } = await createAccount();
    const { branchId } = await createBranch(actors.owner, createBranchInput.parse({ name: 'Centro' }));
    for (const role of ['viewer', 'operator'] as const) {
      expect(await code(createBranch(actors[role], createBranchInput.parse({ name: 'X' + role })))).toBe('FORBIDDEN');
      expect(await code(updateBranch(actors[role], updateBranchInput.parse({ branchId, name: 'Outro nome' })))).toBe('FORBIDDEN');
      expect(await code(deleteBranch(actors[role], { branchId }))).toBe('FORBIDDEN');
      expect(await code(getBranch(actors[role], branchId))).toBe('ok');
    }
  });

  it('another account’s branch is "not found", and its integrations cannot be linked', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { integrationId: foreign } = await createIntegration(b.actors.admin, builtIn('De B'));
    const { branchId } = await createBranch(b.actors.admin, createBranchInput.parse({ name: 'Centro', integrationId: foreign }));
    expect(await code(getBranch(a.actors.admin, branchId))).toBe('NOT_FOUND');
    expect(await code(updateBranch(a.actors.admin, updateBranchInput.parse({ branchId, name: 'Invadida' })))).toBe('NOT_FOUND');
    expect(await code(deleteBranch(a.actors.admin, { branchId }))).toBe('NOT_FOUND');
    expect((await listBranches(a.actors.admin)).rows).toEqual([]);
    // The same name is fine in another account.
    const { branchId: mine } = await createBranch(a.actors.admin, createBranchInput.parse({ name: 'Centro' }));
    await expect(updateBranch(a.actors.admin, updateBranchInput.parse({ branchId: mine, name: 'Centro', integrationId: foreign }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { integrationId: ['Integração não encontrada nesta conta.'] },
    });
    expect((await getBranch(b.actors.admin, branchId)).name).toBe('Centro');
  });
});
