import 'server-only';
import { and, asc, eq, or } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { employees, integrations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';

/** Refused while an integration has the employee as company representative or witness. */
export async function deleteEmployee(actor: Actor, input: { employeeId: string }) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(eq(employees.id, input.employeeId), eq(employees.accountId, actor.accountId));
    const [row] = await tx.select({ id: employees.id, name: employees.name }).from(employees).where(where).for('update');
    if (!row) throw notFound('Colaborador');
    const usedBy = await tx
      .select({ description: integrations.description })
      .from(integrations)
      .where(
        and(
          eq(integrations.accountId, actor.accountId),
          or(eq(integrations.companySignerId, row.id), eq(integrations.companyWitnessId, row.id)),
        ),
      )
      .orderBy(asc(integrations.description));
    if (usedBy.length) {
      throw new AppError('CONFLICT', {
        userMessage: `${row.name} assina pela empresa nas integrações: ${usedBy.map((i) => i.description).join(', ')}. Escolha outro responsável ou testemunha nelas antes de excluir.`,
      });
    }
    await tx.delete(employees).where(where);
    await recordActivity(tx, actor, {
      action: 'employee.deleted',
      entityType: 'employee',
      entityId: row.id,
      summary: `Excluiu o colaborador ${row.name}`,
    });
  });
}
