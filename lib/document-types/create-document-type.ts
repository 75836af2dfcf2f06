import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { documentTypes } from '../db/schema';
import { forbidden } from '../errors';
import { documentTypeNameConflict } from './document-type-rules';
import type { DocumentTypeInput } from './schemas';

export async function createDocumentType(actor: Actor, input: DocumentTypeInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(documentTypes)
        .values({ accountId: actor.accountId, name: input.name, requiresSignature: input.requiresSignature })
        .returning({ id: documentTypes.id });
      await recordActivity(tx, actor, {
        action: 'document_type.created',
        entityType: 'document_type',
        entityId: row.id,
        summary: `Criou o tipo de documento ${input.name}${input.requiresSignature ? ', que requer assinatura eletrônica' : ''}`,
      });
      return { documentTypeId: row.id };
    });
  } catch (err) {
    throw documentTypeNameConflict(err);
  }
}
