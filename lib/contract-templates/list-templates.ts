import 'server-only';
import { and, asc, count, eq, ilike } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates, documentTypes, templateTerms } from '../db/schema';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';
import type { TemplateKind } from './schemas';

/** A page of the account's templates and terms by name, optionally of one kind and matching a name. */
export async function listTemplates(actor: Pick<Actor, 'accountId'>, params: { kind?: TemplateKind; q?: string; page?: number } = {}) {
  const page = params.page ?? 1;
  const db = await getDb();
  const rows = await db
    .select({
      id: contractTemplates.id,
      kind: contractTemplates.kind,
      name: contractTemplates.name,
      format: contractTemplates.format,
      pdfPageCount: contractTemplates.pdfPageCount,
      active: contractTemplates.active,
      documentTypeName: documentTypes.name,
      termCount: count(templateTerms.termId),
      updatedAt: contractTemplates.updatedAt,
    })
    .from(contractTemplates)
    .leftJoin(
      documentTypes,
      and(eq(documentTypes.id, contractTemplates.documentTypeId), eq(documentTypes.accountId, contractTemplates.accountId)),
    )
    .leftJoin(templateTerms, eq(templateTerms.templateId, contractTemplates.id))
    .where(
      and(
        eq(contractTemplates.accountId, actor.accountId),
        params.kind ? eq(contractTemplates.kind, params.kind) : undefined,
        params.q ? ilike(contractTemplates.name, `%${params.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
      ),
    )
    .groupBy(contractTemplates.id, documentTypes.name)
    .orderBy(asc(contractTemplates.name), asc(contractTemplates.kind), asc(contractTemplates.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}

export type TemplateListRow = Awaited<ReturnType<typeof listTemplates>>['rows'][number];
