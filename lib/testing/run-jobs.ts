// Runs the queued send jobs of given messages through the real job machinery (executeJob), without
// a polling worker: test files share one PostgreSQL, and a worker of the app's job types could take
// another file's jobs. Only due jobs run (lib/clock time), so retries wait for the clock to move.
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { now } from '../clock';
import type { Db } from '../db/client';
import { jobs } from '../db/schema';
import { executeJob, type JobOutcome } from '../jobs/execute-job';
import { registerAllJobs } from '../jobs/handlers';

export async function runDueJobs(db: Db, where: { messageIds?: string[]; ids?: string[]; envelopeId?: string; accountId?: string }): Promise<JobOutcome[]> {
  registerAllJobs();
  const t = now();
  const target = where.ids?.length
    ? inArray(jobs.id, where.ids)
    : where.envelopeId
      ? eq(sql`${jobs.payload}->>'envelopeId'`, where.envelopeId)
      : where.accountId
        ? eq(sql`${jobs.payload}->>'accountId'`, where.accountId)
      : inArray(sql`${jobs.payload}->>'messageId'`, where.messageIds ?? []);
  const claimed = await db
    .update(jobs)
    .set({ status: 'running', lockedAt: t, lockedBy: 'test-runner', attempts: sql`${jobs.attempts} + 1`, updatedAt: t })
    .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, t), target))
    .returning();
  const out: JobOutcome[] = [];
  for (const job of claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime())) out.push(await executeJob(db, job, { workerId: 'test-runner', signal: new AbortController().signal }));
  return out;
}
