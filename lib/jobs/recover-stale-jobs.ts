import 'server-only';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { jobs } from '../db/schema';

export const DEFAULT_STALE_AFTER_MS = 15 * 60_000;

export type RecoverStaleJobsOptions = {
  /** A running job whose lock is older than this is considered abandoned. */
  olderThanMs?: number;
  /** Only these job types (a worker recovers the types it can run). */
  types?: readonly string[];
};

/**
 * Hands jobs left `running` by a crashed worker back to the queue. Workers refresh locked_at while
 * a job runs (heartbeat), so only jobs whose worker stopped beating qualify, however long the job
 * legitimately takes. The interrupted attempt still counts: a job that kills its worker every time
 * ends `failed` instead of looping forever.
 */
export async function recoverStaleJobs(
  executor: Executor,
  opts: RecoverStaleJobsOptions = {},
): Promise<{ requeued: number; failed: number }> {
  if (opts.types?.length === 0) return { requeued: 0, failed: 0 };
  const t = now();
  const cutoff = new Date(t.getTime() - (opts.olderThanMs ?? DEFAULT_STALE_AFTER_MS));
  const rows = await executor
    .update(jobs)
    .set({
      status: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then 'failed'::job_status else 'pending'::job_status end`,
      lastError: sql`'Tarefa interrompida: o processo ' || coalesce(${jobs.lockedBy}, '?') || ' parou de responder durante a execução.'`,
      lockedAt: null,
      lockedBy: null,
      runAt: t,
      updatedAt: t,
    })
    .where(
      and(
        eq(jobs.status, 'running'),
        lt(jobs.lockedAt, cutoff),
        opts.types ? inArray(jobs.type, [...opts.types]) : undefined,
      ),
    )
    .returning({ status: jobs.status });
  const failed = rows.filter((r) => r.status === 'failed').length;
  return { requeued: rows.length - failed, failed };
}
