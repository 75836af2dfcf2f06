import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { serviceOrderSubjects } from '../db/schema';
import { forbidden } from '../errors';
import type { UpdateSubjectInput } from './schemas';
import { lockSubject, subjectNameConflict } from './subject-rules';

export async function updateSubject(actor: Actor, input: UpdateSubjectInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const saved = await lockSubject(tx, actor.accountId, input.subjectId);
      await tx
        .update(serviceOrderSubjects)
        .set({ name: input.name, requiresSignature: input.requiresSignature })
        .where(and(eq(serviceOrderSubjects.id, saved.id), eq(serviceOrderSubjects.accountId, actor.accountId)));
      const flagChanged = saved.requiresSignature !== input.requiresSignature;
      await recordActivity(tx, actor, {
        action: 'service_order_subject.updated',
        entityType: 'service_order_subject',
        entityId: saved.id,
        summary: flagChanged
          ? `Alterou o assunto de O.S. ${input.name}: integração assinatura digital ${input.requiresSignature ? 'Sim' : 'Não'}`
          : `Alterou o assunto de O.S. ${input.name}`,
        details: { name: { from: saved.name, to: input.name }, requiresSignature: { from: saved.requiresSignature, to: input.requiresSignature } },
      });
    });
  } catch (err) {
    throw subjectNameConflict(err);
  }
}
