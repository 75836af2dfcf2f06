import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { advanceClock, now, resetClock } from '../clock';
import { jobs } from '../db/schema';
import { createAccount } from '../testing/factories';
import { setupTestDb } from '../testing/db';
import { claimJobs } from './claim-jobs';
import { enqueueJob } from './enqueue-job';
import { defineJob, registerJob, unregisterJob } from './registry';
import { getJob, uniqueJobType } from './test-support';

const { handle } = setupTestDb();

afterEach(() => resetClock());

describe('enqueueJob', () => {
  it('queues a pending job due now (by the app clock) with the defaults', async () => {
    const { db } = handle();
    advanceClock(3 * 24 * 3600_000);
    const type = uniqueJobType('enqueue');
    const before = now();
    const job = await enqueueJob(db, { type, payload: { contractId: 'c-1' } });
    expect(job).toMatchObject({ type, status: 'pending', attempts: 0, maxAttempts: 8, payload: { contractId: 'c-1' } });
    expect(job!.runAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(job!.runAt.getTime()).toBeLessThanOrEqual(now().getTime());
  });

  it('commits and rolls back together with the transaction that enqueued it', async () => {
    const { db } = handle();
    const type = uniqueJobType('enqueue-tx');
    const kept = await db.transaction((tx) => enqueueJob(tx, { type }));
    let rolledBackId: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        rolledBackId = (await enqueueJob(tx, { type }))!.id;
        throw new Error('a mudança que criou o job falhou');
      }),
    ).rejects.toThrow('falhou');
    const rows = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.type, type));
    expect(rows.map((r) => r.id)).toEqual([kept!.id]);
    expect(rolledBackId).toBeDefined();
  });

  it('skips a job whose dedupeKey is pending or running, and accepts it again once finished', async () => {
    const { db } = handle();
    const type = uniqueJobType('dedupe');
    const dedupeKey = `${type}:contrato-42`;
    const first = await enqueueJob(db, { type, dedupeKey });
    expect(first).not.toBeNull();
    expect(await enqueueJob(db, { type, dedupeKey })).toBeNull();

    await claimJobs(db, { workerId: 'w', types: [type], limit: 1 });
    expect((await getJob(db, first!.id)).status).toBe('running');
    expect(await enqueueJob(db, { type, dedupeKey })).toBeNull();

    await db.update(jobs).set({ status: 'completed' }).where(eq(jobs.id, first!.id));
    const again = await enqueueJob(db, { type, dedupeKey });
    expect(again).not.toBeNull();
    expect(again!.id).not.toBe(first!.id);
    // Other keys are independent.
    expect(await enqueueJob(db, { type, dedupeKey: `${dedupeKey}-b` })).not.toBeNull();
  });

  it('lets only one of many concurrent enqueues with the same dedupeKey through', async () => {
    const { db } = handle();
    const type = uniqueJobType('dedupe-race');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => db.transaction((tx) => enqueueJob(tx, { type, dedupeKey: type }))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('validates the payload of a defined job type when enqueueing', async () => {
    const { db } = handle();
    const job = defineJob({
      type: uniqueJobType('typed'),
      schema: z.object({ email: z.email() }),
      maxAttempts: 3,
      handler: async () => {},
    });
    const row = await enqueueJob(db, { job, payload: { email: 'ana@exemplo.com.br' } });
    expect(row).toMatchObject({ type: job.type, maxAttempts: 3, payload: { email: 'ana@exemplo.com.br' } });
    await expect(enqueueJob(db, { job, payload: { email: 'não é e-mail' } })).rejects.toThrow(/Payload inválido/);

    // By type name, a registered schema is enforced as well.
    registerJob(job);
    try {
      await expect(enqueueJob(db, { type: job.type, payload: {} })).rejects.toThrow(/Payload inválido/);
      expect(await enqueueJob(db, { type: job.type, payload: { email: 'b@exemplo.com' } })).toMatchObject({ maxAttempts: 3 });
    } finally {
      unregisterJob(job.type);
    }
  });

  it('records the account the job works for', async () => {
    const { db } = handle();
    const { account } = await createAccount({ roles: ['owner'] });
    const row = await enqueueJob(db, { type: uniqueJobType('acct'), accountId: account.id, maxAttempts: 2 });
    expect(row).toMatchObject({ accountId: account.id, maxAttempts: 2 });
  });

  it('rejects nonsense options', async () => {
    const { db } = handle();
    const type = uniqueJobType('bad');
    await expect(enqueueJob(db, { type, maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(enqueueJob(db, { type, runAt: new Date('nope') })).rejects.toThrow(/runAt/);
    await expect(enqueueJob(db, { type, payload: [] as unknown as Record<string, unknown> })).rejects.toThrow(/objeto/);
  });
});
