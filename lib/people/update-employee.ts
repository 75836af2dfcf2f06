import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { employees } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { employeeCpfConflict } from './employee-conflict';
import type { UpdateEmployeeInput } from './employee-schemas';

export async function updateEmployee(actor: Actor, input: UpdateEmployeeInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const where = and(eq(employees.id, input.employeeId), eq(employees.accountId, actor.accountId));
      const [saved] = await tx.select().from(employees).where(where).for('update');
      if (!saved) throw notFound('Colaborador');
      const values = { name: input.name, cpf: input.cpf, email: input.email, phone: input.phone };
      await tx.update(employees).set(values).where(where);
      await recordActivity(tx, actor, {
        action: 'employee.updated',
        entityType: 'employee',
        entityId: saved.id,
        summary: `Alterou o colaborador ${input.name}`,
        details: { changed: (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== saved[k]) },
      });
    });
  } catch (err) {
    throw employeeCpfConflict(err);
  }
}
