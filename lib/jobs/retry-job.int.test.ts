import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, now, resetClock } from '../clock';
import { jobs, staffActivity } from '../db/schema';
import { AppError } from '../errors';
import { createAccount } from '../testing/factories';
import { setupTestDb } from '../testing/db';
import { claimJobs } from './claim-jobs';
import { enqueueJob } from './enqueue-job';
import { retryJob } from './retry-job';
import { getJob, uniqueJobType } from './test-support';

const { handle } = setupTestDb();
afterEach(() => resetClock());

async function failedJob(accountId: string, opts: { dedupeKey?: string } = {}) {
  const { db } = handle();
  const type = uniqueJobType('retry');
  const job = await enqueueJob(db, { type, accountId, maxAttempts: 2, ...opts });
  await db
    .update(jobs)
    .set({ status: 'failed', attempts: 2, lastError: 'Error: SMTP recusou', updatedAt: now() })
    .where(eq(jobs.id, job!.id));
  return { type, id: job!.id };
}

async function expectAppError(p: Promise<unknown>, code: AppError['code']) {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

describe('retryJob ("tentar novamente")', () => {
  it('puts a failed job back in the queue with fresh attempts and logs who asked', async () => {
    const { db } = handle();
    const { account, actors } = await createAccount({ roles: ['operator'] });
    const { type, id } = await failedJob(account.id);
    advanceClock(3600_000);

    expect(await retryJob(actors.operator, { jobId: id })).toEqual({ id });
    const job = await getJob(db, id);
    expect(job).toMatchObject({ status: 'pending', attempts: 0, lastError: 'Error: SMTP recusou' });
    expect(Math.abs(job.runAt.getTime() - now().getTime())).toBeLessThan(5_000);
    expect((await claimJobs(db, { workerId: 'w', types: [type], limit: 1 })).map((j) => j.id)).toEqual([id]);

    const [log] = await db
      .select()
      .from(staffActivity)
      .where(and(eq(staffActivity.accountId, account.id), eq(staffActivity.action, 'job.retried')));
    expect(log).toMatchObject({ actorId: actors.operator.actorId, entityId: id });
  });

  it("does not reveal or touch another account's job", async () => {
    const { db } = handle();
    const mine = await createAccount({ roles: ['admin'] });
    const other = await createAccount({ roles: ['admin'] });
    const { id } = await failedJob(other.account.id);
    const err = await expectAppError(retryJob(mine.actors.admin, { jobId: id }), 'NOT_FOUND');
    expect(err.userMessage).toBe('Tarefa não encontrada.');
    expect((await getJob(db, id)).status).toBe('failed');
  });

  it('refuses a job that has not failed, and a malformed id', async () => {
    const { db } = handle();
    const { account, actors } = await createAccount({ roles: ['operator'] });
    const pending = await enqueueJob(db, { type: uniqueJobType('retry-pending'), accountId: account.id });
    const err = await expectAppError(retryJob(actors.operator, { jobId: pending!.id }), 'INVALID_STATE');
    expect(err.userMessage).toMatch(/tarefa que falhou/);
    await expectAppError(retryJob(actors.operator, { jobId: "1' or 1=1 --" }), 'NOT_FOUND');
  });

  it('says so when an identical job is already waiting in the queue', async () => {
    const { account, actors } = await createAccount({ roles: ['operator'] });
    const dedupeKey = uniqueJobType('retry-dedupe');
    const { type, id } = await failedJob(account.id, { dedupeKey });
    await enqueueJob(handle().db, { type, accountId: account.id, dedupeKey });
    await expectAppError(retryJob(actors.operator, { jobId: id }), 'CONFLICT');
  });
});
