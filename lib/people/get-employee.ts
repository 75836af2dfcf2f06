import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { employees } from '../db/schema';
import { notFound } from '../errors';

export async function getEmployee(actor: Pick<Actor, 'accountId'>, employeeId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: employees.id, name: employees.name, cpf: employees.cpf, email: employees.email, phone: employees.phone })
    .from(employees)
    .where(and(eq(employees.id, employeeId), eq(employees.accountId, actor.accountId)));
  if (!row) throw notFound('Colaborador');
  return row;
}
