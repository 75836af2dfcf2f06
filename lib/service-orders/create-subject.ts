import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { serviceOrderSubjects } from '../db/schema';
import { forbidden } from '../errors';
import type { SubjectInput } from './schemas';
import { subjectNameConflict } from './subject-rules';

export async function createSubject(actor: Actor, input: SubjectInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(serviceOrderSubjects)
        .values({ accountId: actor.accountId, name: input.name, requiresSignature: input.requiresSignature })
        .returning({ id: serviceOrderSubjects.id });
      await recordActivity(tx, actor, {
        action: 'service_order_subject.created',
        entityType: 'service_order_subject',
        entityId: row.id,
        summary: `Criou o assunto de O.S. ${input.name}${input.requiresSignature ? ', com integração assinatura digital' : ''}`,
      });
      return { subjectId: row.id };
    });
  } catch (err) {
    throw subjectNameConflict(err);
  }
}
