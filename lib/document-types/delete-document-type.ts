import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractStages, contractTemplates, documentTypes, stageRequiredDocumentTypes } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockDocumentType } from './document-type-rules';

/** Refused while a stage requires the type or a template produces it: the message names them. */
export async function deleteDocumentType(actor: Actor, input: { documentTypeId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockDocumentType(tx, actor.accountId, input.documentTypeId);
    const stages = await tx
      .select({ name: contractStages.name })
      .from(stageRequiredDocumentTypes)
      .innerJoin(contractStages, eq(contractStages.id, stageRequiredDocumentTypes.stageId))
      .where(and(eq(contractStages.accountId, actor.accountId), eq(stageRequiredDocumentTypes.documentTypeId, row.id)))
      .orderBy(asc(contractStages.name));
    const templates = await tx
      .select({ name: contractTemplates.name })
      .from(contractTemplates)
      .where(and(eq(contractTemplates.accountId, actor.accountId), eq(contractTemplates.documentTypeId, row.id)))
      .orderBy(asc(contractTemplates.name));
    const uses = [
      stages.length ? `exigido pelas situações: ${stages.map((s) => s.name).join(', ')}` : null,
      templates.length ? `usado pelos modelos: ${templates.map((t) => t.name).join(', ')}` : null,
    ].filter(Boolean);
    if (uses.length) {
      throw new AppError('CONFLICT', {
        userMessage: `O tipo de documento "${row.name}" está ${uses.join('; e ')}. Retire-o deles antes de excluir.`,
      });
    }
    await tx.delete(documentTypes).where(and(eq(documentTypes.id, row.id), eq(documentTypes.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'document_type.deleted',
      entityType: 'document_type',
      entityId: row.id,
      summary: `Excluiu o tipo de documento ${row.name}`,
    });
  });
}
