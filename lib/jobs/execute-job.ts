import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { now } from '../clock';
import type { Db } from '../db/client';
import { jobs } from '../db/schema';
import { retryDelayMs } from './backoff';
import { getJobDefinition, PermanentJobError, type JobRow } from './registry';

export type JobOutcome =
  /** The handler finished. */
  | 'completed'
  /** The handler failed; the job is pending again with a later run_at. */
  | 'retrying'
  /** Out of attempts, invalid payload or PermanentJobError: it waits for retryJob(). */
  | 'failed'
  /** No handler registered here any more: handed back untouched for another worker. */
  | 'released'
  /** The claim was taken away (recovered as stale) before the result could be written. */
  | 'lost';

const MAX_ERROR_LENGTH = 4000;

function describeError(err: unknown): string {
  // A PermanentJobError's message is written for staff (pt-BR); other errors keep their class name.
  const text = err instanceof PermanentJobError ? err.message : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

/**
 * Runs one job this worker has claimed and records the result. Every update is guarded by the
 * claim (worker id + attempt number), so a worker that lost the job to stale recovery cannot
 * overwrite what the new owner does.
 */
export async function executeJob(
  db: Db,
  job: JobRow,
  opts: { workerId: string; signal: AbortSignal; onError?: (err: unknown, job: JobRow) => void },
): Promise<JobOutcome> {
  const ownClaim = and(
    eq(jobs.id, job.id),
    eq(jobs.status, 'running'),
    eq(jobs.lockedBy, opts.workerId),
    eq(jobs.attempts, job.attempts),
  );
  const finish = async (
    values: PgUpdateSetSource<typeof jobs>,
    outcome: JobOutcome,
  ): Promise<JobOutcome> => {
    const t = now();
    const rows = await db
      .update(jobs)
      .set({ lockedAt: null, lockedBy: null, updatedAt: t, ...values })
      .where(ownClaim)
      .returning({ id: jobs.id });
    return rows.length ? outcome : 'lost';
  };
  const fail = (lastError: string) => finish({ status: 'failed', lastError }, 'failed');

  const def = getJobDefinition(job.type);
  if (!def) {
    // Not this worker's failure: give the attempt back.
    return finish({ status: 'pending', attempts: sql`${jobs.attempts} - 1` }, 'released');
  }

  const parsed = def.schema.safeParse(job.payload);
  if (!parsed.success) {
    return fail(`Dados inválidos para a tarefa ${job.type}: ${z.prettifyError(parsed.error)}`);
  }

  try {
    await def.handler(parsed.data, { job, db, workerId: opts.workerId, signal: opts.signal });
  } catch (err) {
    opts.onError?.(err, job);
    const lastError = describeError(err);
    if (err instanceof PermanentJobError || job.attempts >= job.maxAttempts) return fail(lastError);
    const runAt = new Date(now().getTime() + retryDelayMs(job.attempts));
    return finish({ status: 'pending', runAt, lastError }, 'retrying');
  }
  return finish({ status: 'completed', completedAt: now() }, 'completed');
}
