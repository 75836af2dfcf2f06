import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { jobs } from '../db/schema';
import { listFailedJobsInput, type ListFailedJobsInput } from './schemas';

export type FailedJobItem = {
  id: string;
  type: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
};

/** Failed jobs of the actor's account, most recent failure first. Payloads stay out: they may hold personal data. */
export async function listFailedJobs(
  actor: Pick<Actor, 'accountId'>,
  input: ListFailedJobsInput = {},
): Promise<{ items: FailedJobItem[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize } = listFailedJobsInput.parse(input);
  const db = await getDb();
  const where = and(eq(jobs.accountId, actor.accountId), eq(jobs.status, 'failed'));
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        type: jobs.type,
        attempts: jobs.attempts,
        maxAttempts: jobs.maxAttempts,
        lastError: jobs.lastError,
        createdAt: jobs.createdAt,
        failedAt: jobs.updatedAt,
      })
      .from(jobs)
      .where(where)
      .orderBy(desc(jobs.updatedAt), desc(jobs.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(jobs).where(where),
  ]);
  return { items, total, page, pageSize };
}
