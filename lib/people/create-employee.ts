import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { employees } from '../db/schema';
import { forbidden } from '../errors';
import { employeeCpfConflict } from './employee-conflict';
import type { CreateEmployeeInput } from './employee-schemas';
import { maskCpf } from './tax-id';

export async function createEmployee(actor: Actor, input: CreateEmployeeInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(employees)
        .values({ accountId: actor.accountId, name: input.name, cpf: input.cpf, email: input.email, phone: input.phone })
        .returning({ id: employees.id });
      await recordActivity(tx, actor, {
        action: 'employee.created',
        entityType: 'employee',
        entityId: row.id,
        summary: `Cadastrou o colaborador ${input.name} (CPF ${maskCpf(input.cpf)})`,
      });
      return { employeeId: row.id };
    });
  } catch (err) {
    throw employeeCpfConflict(err);
  }
}
