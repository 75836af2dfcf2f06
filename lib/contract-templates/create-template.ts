import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { forbidden } from '../errors';
import type { CreateTemplateInput } from './schemas';
import { assertOwnDocumentType, assertTemplateName, assertTemplateSource, kindEntity, kindNoun, templateNameConflict } from './template-rules';

/** A contract template or term written in the editor (Markdown with {{variables}}). */
export async function createTemplate(actor: Actor, input: CreateTemplateInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  assertTemplateName(input.name);
  assertTemplateSource(input.source);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const documentType = await assertOwnDocumentType(tx, actor.accountId, input.documentTypeId);
      const [row] = await tx
        .insert(contractTemplates)
        .values({
          accountId: actor.accountId,
          kind: input.kind,
          name: input.name,
          format: 'markdown',
          source: input.source,
          documentTypeId: input.documentTypeId,
        })
        .returning({ id: contractTemplates.id });
      await recordActivity(tx, actor, {
        action: `${kindEntity[input.kind]}.created`,
        entityType: kindEntity[input.kind],
        entityId: row.id,
        summary: `Criou o ${kindNoun[input.kind]} ${input.name}${documentType ? ` (tipo de documento ${documentType})` : ''}`,
        details: { format: 'markdown', length: input.source.length },
      });
      return { templateId: row.id };
    });
  } catch (err) {
    throw templateNameConflict(err, input.kind);
  }
}
