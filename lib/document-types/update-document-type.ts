import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { documentTypes } from '../db/schema';
import { forbidden } from '../errors';
import { documentTypeNameConflict, lockDocumentType } from './document-type-rules';
import type { UpdateDocumentTypeInput } from './schemas';

export async function updateDocumentType(actor: Actor, input: UpdateDocumentTypeInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const saved = await lockDocumentType(tx, actor.accountId, input.documentTypeId);
      await tx
        .update(documentTypes)
        .set({ name: input.name, requiresSignature: input.requiresSignature })
        .where(and(eq(documentTypes.id, saved.id), eq(documentTypes.accountId, actor.accountId)));
      const flagChanged = saved.requiresSignature !== input.requiresSignature;
      await recordActivity(tx, actor, {
        action: 'document_type.updated',
        entityType: 'document_type',
        entityId: saved.id,
        summary: flagChanged
          ? `Alterou o tipo de documento ${input.name}: ${input.requiresSignature ? 'agora requer' : 'deixou de requerer'} assinatura eletrônica`
          : `Alterou o tipo de documento ${input.name}`,
        details: { name: { from: saved.name, to: input.name }, requiresSignature: { from: saved.requiresSignature, to: input.requiresSignature } },
      });
    });
  } catch (err) {
    throw documentTypeNameConflict(err);
  }
}
