// Helpers for the jobs integration tests (not imported by app code).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { jobs } from '../db/schema';
import type { JobRow } from './registry';

/** Test files share one PostgreSQL in parallel: every test claims only job types of its own. */
export function uniqueJobType(label: string): string {
  return `test.${label}.${randomBytes(5).toString('hex')}`;
}

export async function getJob(db: Executor, id: string): Promise<JobRow> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new Error(`job ${id} not found`);
  return row;
}

/** Polls until check() returns a value other than undefined/false. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 20_000, intervalMs = 10, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function waitForStatus(db: Executor, id: string, status: JobRow['status'], timeoutMs?: number) {
  return waitFor(
    async () => {
      const job = await getJob(db, id);
      return job.status === status ? job : undefined;
    },
    { timeoutMs, what: `job ${id} to be ${status}` },
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };
