import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, now, resetClock } from '../clock';
import { jobs } from '../db/schema';
import { createAccount } from '../testing/factories';
import { setupTestDb } from '../testing/db';
import { enqueueJob } from './enqueue-job';
import { listFailedJobs } from './list-failed-jobs';
import { uniqueJobType } from './test-support';

const { handle } = setupTestDb();
afterEach(() => resetClock());

describe('listFailedJobs', () => {
  it("lists only the account's failed jobs, newest failure first, with the last error, page by page", async () => {
    const { db } = handle();
    const { account } = await createAccount({ roles: ['viewer'] });
    const other = await createAccount({ roles: ['viewer'] });
    const type = uniqueJobType('list');
    const failedIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const job = await enqueueJob(db, { type, accountId: account.id, payload: { cpf: '123.456.789-09' } });
      advanceClock(1000);
      await db
        .update(jobs)
        .set({ status: 'failed', attempts: 8, lastError: `Error: falha ${i}`, updatedAt: now() })
        .where(eq(jobs.id, job!.id));
      failedIds.push(job!.id);
    }
    await enqueueJob(db, { type, accountId: account.id }); // pending: not listed
    const foreign = await enqueueJob(db, { type, accountId: other.account.id });
    await db.update(jobs).set({ status: 'failed' }).where(eq(jobs.id, foreign!.id));

    const page1 = await listFailedJobs({ accountId: account.id }, { page: 1, pageSize: 2 });
    expect(page1.total).toBe(5);
    expect(page1.items.map((j) => j.id)).toEqual([failedIds[4], failedIds[3]]);
    expect(page1.items[0]).toMatchObject({ type, attempts: 8, maxAttempts: 8, lastError: 'Error: falha 4' });
    expect(page1.items[0]).not.toHaveProperty('payload');

    const page3 = await listFailedJobs({ accountId: account.id }, { page: 3, pageSize: 2 });
    expect(page3.items.map((j) => j.id)).toEqual([failedIds[0]]);
    expect((await listFailedJobs({ accountId: account.id }, { page: 4, pageSize: 2 })).items).toEqual([]);

    const defaults = await listFailedJobs({ accountId: account.id });
    expect(defaults).toMatchObject({ page: 1, pageSize: 20, total: 5 });
  });

  it('rejects a page size over 100', async () => {
    const { account } = await createAccount({ roles: ['viewer'] });
    await expect(listFailedJobs({ accountId: account.id }, { pageSize: 1000 })).rejects.toThrow(/no máximo 100/);
  });
});
