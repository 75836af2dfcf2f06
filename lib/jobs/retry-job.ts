import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { now } from '../clock';
import { getDb } from '../db/client';
import { jobs } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';
import { retryJobInput, type RetryJobInput } from './schemas';

const notFound = () => new AppError('NOT_FOUND', { userMessage: 'Tarefa não encontrada.' });

/**
 * "Tentar novamente" on a failed job of the actor's account: back to pending, due now, with a
 * fresh set of attempts. The last error stays until the next attempt replaces or clears it.
 */
export async function retryJob(actor: Actor, input: RetryJobInput): Promise<{ id: string }> {
  const parsed = retryJobInput.safeParse(input);
  if (!parsed.success) throw notFound();
  const { jobId } = parsed.data;
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const t = now();
      const [row] = await tx
        .update(jobs)
        .set({ status: 'pending', attempts: 0, runAt: t, lockedAt: null, lockedBy: null, updatedAt: t })
        .where(and(eq(jobs.id, jobId), eq(jobs.accountId, actor.accountId), eq(jobs.status, 'failed')))
        .returning({ id: jobs.id, type: jobs.type });
      if (!row) {
        const [existing] = await tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(eq(jobs.id, jobId), eq(jobs.accountId, actor.accountId)));
        if (!existing) throw notFound();
        throw new AppError('INVALID_STATE', {
          userMessage: 'Só é possível tentar novamente uma tarefa que falhou.',
        });
      }
      await recordActivity(tx, actor, {
        action: 'job.retried',
        entityType: 'job',
        entityId: row.id,
        summary: `Pediu nova tentativa da tarefa ${row.type}`,
      });
      return { id: row.id };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'jobs_dedupe_active_idx')) {
      throw new AppError('CONFLICT', {
        userMessage: 'Já existe uma tarefa igual aguardando na fila; não é preciso tentar de novo.',
      });
    }
    throw err;
  }
}
