import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { advanceClock, resetClock } from '../clock';
import { setupTestDb } from '../testing/db';
import { claimJobs } from './claim-jobs';
import { enqueueJob } from './enqueue-job';
import { executeJob } from './execute-job';
import { recoverStaleJobs } from './recover-stale-jobs';
import { defineJob, registerJob, unregisterJob } from './registry';
import { runWorker, type JobWorker } from './run-worker';
import { getJob, silentLogger, uniqueJobType, waitForStatus } from './test-support';

const { handle } = setupTestDb();
const workers: JobWorker[] = [];
const types: string[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  for (const t of types.splice(0)) unregisterJob(t);
  resetClock();
});

const minutes = (n: number) => n * 60_000;

describe('recoverStaleJobs', () => {
  it('puts jobs abandoned by a crashed worker back in the queue, and leaves live ones alone', async () => {
    const { db } = handle();
    const type = uniqueJobType('stale');
    const crashed = await enqueueJob(db, { type });
    await claimJobs(db, { workerId: 'host:123:dead', types: [type], limit: 1 });
    advanceClock(minutes(10));
    const alive = await enqueueJob(db, { type });
    await claimJobs(db, { workerId: 'host:456:alive', types: [type], limit: 1 });
    advanceClock(minutes(6));

    expect(await recoverStaleJobs(db, { olderThanMs: minutes(15), types: [type] })).toEqual({ requeued: 1, failed: 0 });
    const back = await getJob(db, crashed!.id);
    expect(back).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null, lockedAt: null });
    expect(back.lastError).toContain('host:123:dead');
    expect((await getJob(db, alive!.id)).status).toBe('running');
    // Nothing left to recover.
    expect(await recoverStaleJobs(db, { olderThanMs: minutes(15), types: [type] })).toEqual({ requeued: 0, failed: 0 });
  });

  it('fails a job that was abandoned on its last attempt instead of looping forever', async () => {
    const { db } = handle();
    const type = uniqueJobType('stale-last');
    const job = await enqueueJob(db, { type, maxAttempts: 1 });
    await claimJobs(db, { workerId: 'w', types: [type], limit: 1 });
    advanceClock(minutes(20));
    expect(await recoverStaleJobs(db, { types: [type] })).toEqual({ requeued: 0, failed: 1 });
    expect(await getJob(db, job!.id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('touches only the given types', async () => {
    const { db } = handle();
    const mine = uniqueJobType('stale-mine');
    const theirs = uniqueJobType('stale-theirs');
    const a = await enqueueJob(db, { type: theirs });
    await claimJobs(db, { workerId: 'w', types: [mine, theirs], limit: 5 });
    advanceClock(minutes(60));
    expect(await recoverStaleJobs(db, { types: [mine] })).toEqual({ requeued: 0, failed: 0 });
    expect((await getJob(db, a!.id)).status).toBe('running');
  });

  it('is run by workers: a live worker picks up and finishes what a dead one left running', async () => {
    const { db } = handle();
    let runs = 0;
    const job = defineJob({ type: uniqueJobType('stale-worker'), schema: z.object({}), handler: async () => void runs++ });
    registerJob(job);
    types.push(job.type);
    const row = await enqueueJob(db, { job, payload: {} });
    const [zombieClaim] = await claimJobs(db, { workerId: 'host:1:dead', types: [job.type], limit: 1 });

    workers.push(
      runWorker({ db, types: [job.type], pollIntervalMs: 10, staleAfterMs: minutes(15), staleCheckIntervalMs: 20, logger: silentLogger }),
    );
    advanceClock(minutes(16));
    const done = await waitForStatus(db, row!.id, 'completed');
    expect(done.attempts).toBe(2);
    expect(runs).toBe(1);

    // The "dead" worker was only slow: its late result must not overwrite the job.
    const outcome = await executeJob(db, zombieClaim, { workerId: 'host:1:dead', signal: new AbortController().signal });
    expect(outcome).toBe('lost');
    expect((await getJob(db, row!.id)).status).toBe('completed');
  });
});
