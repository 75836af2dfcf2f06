import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates, documentTypes, templateTerms } from '../db/schema';
import { notFound } from '../errors';

/** A template of the actor's account with its document type and, for a contract template, its terms in order. */
export async function getTemplate(actor: Pick<Actor, 'accountId'>, templateId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: contractTemplates.id,
      kind: contractTemplates.kind,
      name: contractTemplates.name,
      format: contractTemplates.format,
      source: contractTemplates.source,
      pdfSha256: contractTemplates.pdfSha256,
      pdfPageCount: contractTemplates.pdfPageCount,
      documentTypeId: contractTemplates.documentTypeId,
      documentTypeName: documentTypes.name,
      active: contractTemplates.active,
      updatedAt: contractTemplates.updatedAt,
    })
    .from(contractTemplates)
    .leftJoin(
      documentTypes,
      and(eq(documentTypes.id, contractTemplates.documentTypeId), eq(documentTypes.accountId, contractTemplates.accountId)),
    )
    .where(and(eq(contractTemplates.id, templateId), eq(contractTemplates.accountId, actor.accountId)));
  if (!row) throw notFound('Modelo');
  const terms =
    row.kind === 'contract'
      ? await db
          .select({
            id: contractTemplates.id,
            name: contractTemplates.name,
            format: contractTemplates.format,
            active: contractTemplates.active,
            position: templateTerms.position,
          })
          .from(templateTerms)
          .innerJoin(contractTemplates, eq(contractTemplates.id, templateTerms.termId))
          .where(and(eq(templateTerms.templateId, row.id), eq(contractTemplates.accountId, actor.accountId)))
          .orderBy(asc(templateTerms.position), asc(contractTemplates.name))
      : [];
  return { ...row, terms };
}

export type TemplateDetail = Awaited<ReturnType<typeof getTemplate>>;
