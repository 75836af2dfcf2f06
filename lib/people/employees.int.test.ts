import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { AppError } from '../errors';
import { createIntegration } from '../integrations/create-integration';
import { createIntegrationInput } from '../integrations/schemas';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createEmployee } from './create-employee';
import { deleteEmployee } from './delete-employee';
import { createEmployeeInput, updateEmployeeInput } from './employee-schemas';
import { getEmployee } from './get-employee';
import { listEmployeeOptions, listEmployees } from './list-employees';
import { updateEmployee } from './update-employee';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

const ANA = { name: 'Ana Responsável', cpf: '529.982.247-25', email: 'ana@empresa.com.br', phone: '(11) 98765-4321' };
const BRUNO = { name: 'Bruno Testemunha', cpf: '111.444.777-35', email: 'bruno@empresa.com.br', phone: '21987654321' };

const integrationWith = (description: string, signer: string, witness?: string) =>
  createIntegrationInput.parse({
    provider: 'rubrica',
    description,
    environment: 'production',
    sendMethod: 'contract',
    requireIdDocument: false,
    requireSelfie: false,
    requireHandwritten: false,
    companySignerId: signer,
    companyWitnessId: witness ?? '',
  });

describe('[EMPLOYEES] create, edit, delete', () => {
  it('an operator registers, edits and deletes an employee; each change is logged', async () => {
    const { actors } = await createAccount();
    const { employeeId } = await createEmployee(actors.operator, createEmployeeInput.parse(ANA));
    expect(await getEmployee(actors.viewer, employeeId)).toMatchObject({ cpf: '52998224725', phone: '+5511987654321' });

    await updateEmployee(actors.operator, updateEmployeeInput.parse({ ...ANA, employeeId, email: 'ana.lima@empresa.com.br' }));
    expect((await getEmployee(actors.operator, employeeId)).email).toBe('ana.lima@empresa.com.br');

    await deleteEmployee(actors.operator, { employeeId });
    expect(await code(getEmployee(actors.operator, employeeId))).toBe('NOT_FOUND');

    const log = await listActivity(actors.admin, { page: 1, entityType: 'employee' });
    expect(log.rows.map((r) => r.action).sort()).toEqual(['employee.created', 'employee.deleted', 'employee.updated']);
    expect(log.rows.find((r) => r.action === 'employee.created')?.summary).toBe(
      'Cadastrou o colaborador Ana Responsável (CPF ***.982.247-**)',
    );
  });

  it('refuses a second employee with the same CPF, on the CPF field', async () => {
    const { actors } = await createAccount();
    await createEmployee(actors.operator, createEmployeeInput.parse(ANA));
    await expect(createEmployee(actors.operator, createEmployeeInput.parse({ ...BRUNO, cpf: '52998224725' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { cpf: ['Já existe um colaborador com este CPF.'] },
    });
    const { employeeId } = await createEmployee(actors.operator, createEmployeeInput.parse(BRUNO));
    await expect(updateEmployee(actors.operator, updateEmployeeInput.parse({ ...BRUNO, cpf: ANA.cpf, employeeId }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses deleting an employee who signs for the company, naming the integrations', async () => {
    const { actors } = await createAccount();
    const { employeeId: ana } = await createEmployee(actors.operator, createEmployeeInput.parse(ANA));
    const { employeeId: bruno } = await createEmployee(actors.operator, createEmployeeInput.parse(BRUNO));
    await createIntegration(actors.admin, integrationWith('Matriz', ana, bruno));
    await createIntegration(actors.admin, integrationWith('Filiais do Sul', bruno));

    const err = await deleteEmployee(actors.operator, { employeeId: bruno }).catch((e) => e);
    expect(err.code).toBe('CONFLICT');
    expect(err.userMessage).toBe(
      'Bruno Testemunha assina pela empresa nas integrações: Filiais do Sul, Matriz. Escolha outro responsável ou testemunha nelas antes de excluir.',
    );
    expect(await code(getEmployee(actors.operator, bruno))).toBe('ok');
  });

  it('searches by name, e-mail or CPF and pages', async () => {
    const { actors } = await createAccount();
    await createEmployee(actors.operator, createEmployeeInput.parse(ANA));
    await createEmployee(actors.operator, createEmployeeInput.parse(BRUNO));
    expect((await listEmployees(actors.viewer, { q: 'bruno' })).rows.map((r) => r.name)).toEqual(['Bruno Testemunha']);
    expect((await listEmployees(actors.viewer, { q: '529.982' })).rows.map((r) => r.name)).toEqual(['Ana Responsável']);
    expect((await listEmployees(actors.viewer, { q: '%' })).rows).toEqual([]);
    expect((await listEmployees(actors.viewer)).rows).toHaveLength(2);
    expect(await listEmployeeOptions(actors.viewer)).toHaveLength(2);
  });
});

describe('[EMPLOYEES] permissions and tenancy', () => {
  it('viewers only read', async () => {
    const { actors } = await createAccount();
    const { employeeId } = await createEmployee(actors.operator, createEmployeeInput.parse(ANA));
    expect(await code(createEmployee(actors.viewer, createEmployeeInput.parse(BRUNO)))).toBe('FORBIDDEN');
    expect(await code(updateEmployee(actors.viewer, updateEmployeeInput.parse({ ...ANA, employeeId })))).toBe('FORBIDDEN');
    expect(await code(deleteEmployee(actors.viewer, { employeeId }))).toBe('FORBIDDEN');
  });

  it('another account’s employee is "not found" everywhere, and the same CPF may exist in both', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { employeeId } = await createEmployee(b.actors.operator, createEmployeeInput.parse(ANA));
    expect(await code(createEmployee(a.actors.operator, createEmployeeInput.parse(ANA)))).toBe('ok');
    expect(await code(getEmployee(a.actors.admin, employeeId))).toBe('NOT_FOUND');
    expect(await code(updateEmployee(a.actors.admin, updateEmployeeInput.parse({ ...ANA, employeeId, name: 'Invasor' })))).toBe('NOT_FOUND');
    expect(await code(deleteEmployee(a.actors.admin, { employeeId }))).toBe('NOT_FOUND');
    expect((await listEmployees(a.actors.admin)).rows.map((r) => r.id)).not.toContain(employeeId);
    expect((await listEmployeeOptions(a.actors.admin)).map((r) => r.id)).not.toContain(employeeId);
    expect((await getEmployee(b.actors.viewer, employeeId)).name).toBe('Ana Responsável');
  });
});
