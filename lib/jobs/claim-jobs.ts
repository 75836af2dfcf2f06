import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { jobs } from '../db/schema';
import type { JobRow } from './registry';

export type ClaimJobsOptions = {
  workerId: string;
  limit: number;
  /** Only these job types; a worker passes the types it has handlers for. */
  types?: readonly string[];
};

/**
 * Takes up to `limit` due jobs for this worker, oldest run_at first. SKIP LOCKED lets concurrent
 * workers claim disjoint rows without waiting on each other; a row another worker has just
 * committed as running fails the status re-check, so each job is claimed once.
 */
export async function claimJobs(executor: Executor, opts: ClaimJobsOptions): Promise<JobRow[]> {
  if (opts.limit < 1 || opts.types?.length === 0) return [];
  const t = now();
  const due = executor
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.status, 'pending'),
        lte(jobs.runAt, t),
        opts.types ? inArray(jobs.type, [...opts.types]) : undefined,
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(opts.limit)
    .for('update', { skipLocked: true });

  const rows = await executor
    .update(jobs)
    .set({
      status: 'running',
      lockedAt: t,
      lockedBy: opts.workerId,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: t,
    })
    .where(inArray(jobs.id, due))
    .returning();
  // RETURNING has no order of its own.
  return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}
