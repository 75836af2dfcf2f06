import 'server-only';
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { staffActivity, users } from '../db/schema';
import type { ActivityFilters } from './schemas';

export const ACTIVITY_PAGE_SIZE = 50;

/** Dates in filters are calendar days in Brazil (America/Sao_Paulo), inclusive. */
function saoPauloDayStart(day: string) {
  return sql`(${day}::date)::timestamp at time zone 'America/Sao_Paulo'`;
}

export async function listActivity(actor: Pick<Actor, 'accountId'>, filters: Partial<ActivityFilters>) {
  const page = filters.page ?? 1;
  const db = await getDb();
  const where: SQL[] = [eq(staffActivity.accountId, actor.accountId)];
  if (filters.actorId) where.push(eq(staffActivity.actorId, filters.actorId));
  if (filters.entityType) where.push(eq(staffActivity.entityType, filters.entityType));
  if (filters.q) where.push(ilike(staffActivity.summary, `%${filters.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (filters.from) where.push(gte(staffActivity.createdAt, saoPauloDayStart(filters.from)));
  if (filters.to) where.push(lt(staffActivity.createdAt, sql`${saoPauloDayStart(filters.to)} + interval '1 day'`));

  const rows = await db
    .select({
      id: staffActivity.id,
      createdAt: staffActivity.createdAt,
      action: staffActivity.action,
      entityType: staffActivity.entityType,
      entityId: staffActivity.entityId,
      summary: staffActivity.summary,
      ip: staffActivity.ip,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(staffActivity)
    .leftJoin(users, eq(users.id, staffActivity.actorId))
    .where(and(...where))
    .orderBy(desc(staffActivity.createdAt), desc(staffActivity.id))
    .limit(ACTIVITY_PAGE_SIZE + 1)
    .offset((page - 1) * ACTIVITY_PAGE_SIZE);
  return { rows: rows.slice(0, ACTIVITY_PAGE_SIZE), hasMore: rows.length > ACTIVITY_PAGE_SIZE };
}

export const entityTypeLabels: Record<string, string> = {
  account: 'Conta',
  user: 'Usuário',
  customer: 'Cliente',
  contact: 'Contato',
  integration: 'Integração de assinatura',
  branch: 'Filial',
  employee: 'Colaborador',
  notification_template: 'Modelo de notificação',
  contract: 'Contrato',
  service_order: 'Ordem de serviço',
  document_type: 'Tipo de documento',
  contract_stage: 'Situação do contrato',
  service_order_subject: 'Assunto de O.S.',
  contract_template: 'Modelo',
  term: 'Termo',
  envelope: 'Documento de assinatura',
  message: 'Mensagem',
  job: 'Tarefa',
};
