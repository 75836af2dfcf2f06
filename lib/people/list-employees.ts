import 'server-only';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { employees } from '../db/schema';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';

const escapeLike = (v: string) => v.replace(/[%_\\]/g, '\\$&');

/** A page of the account's employees by name; q matches name, e-mail or CPF (with or without dots). */
export async function listEmployees(actor: Pick<Actor, 'accountId'>, params: { page?: number; q?: string } = {}) {
  const page = params.page ?? 1;
  const db = await getDb();
  const q = params.q?.trim();
  const digits = q?.replace(/\D/g, '');
  const rows = await db
    .select({ id: employees.id, name: employees.name, cpf: employees.cpf, email: employees.email, phone: employees.phone })
    .from(employees)
    .where(
      and(
        eq(employees.accountId, actor.accountId),
        q
          ? or(
              ilike(employees.name, `%${escapeLike(q)}%`),
              ilike(employees.email, `%${escapeLike(q)}%`),
              digits ? ilike(employees.cpf, `%${digits}%`) : undefined,
            )
          : undefined,
      ),
    )
    .orderBy(asc(employees.name), asc(employees.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}

/** Everyone who may sign for the company, for the integration's selects. */
export async function listEmployeeOptions(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({ id: employees.id, name: employees.name, cpf: employees.cpf })
    .from(employees)
    .where(eq(employees.accountId, actor.accountId))
    .orderBy(asc(employees.name), asc(employees.id));
}
