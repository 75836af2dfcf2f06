import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openPostgres, type DbHandle } from '../db/client';
import { jobs } from '../db/schema';
import { setupTestDb } from '../testing/db';
import { enqueueJob } from './enqueue-job';
import { defineJob, registerJob, unregisterJob } from './registry';
import { runWorker } from './run-worker';
import { silentLogger, sleep, uniqueJobType, waitFor } from './test-support';

const { handle } = setupTestDb();
const onPostgres = process.env.RUBRICA_TEST_DRIVER === 'postgres';
const extraHandles: DbHandle[] = [];

afterAll(async () => {
  await Promise.all(extraHandles.splice(0).map((h) => h.close()));
});

// On PostgreSQL each worker gets its own connection pool, as separate processes would. PGlite is
// single-connection by nature, so there the four workers share it: that still checks the worker's
// own bookkeeping, while the PostgreSQL run is the one that proves SKIP LOCKED under real concurrency.
describe(`several workers on ${onPostgres ? 'PostgreSQL (separate connections)' : 'PGlite (one shared connection)'}`, () => {
  it('run each of 200 jobs exactly once', async () => {
    const JOBS = 200;
    const WORKERS = 4;
    const runsByJob = new Map<string, number>();
    const jobsByWorker = new Map<string, number>();
    const job = defineJob({
      type: uniqueJobType('exactly-once'),
      schema: z.object({ n: z.number() }),
      handler: async (_payload, ctx) => {
        runsByJob.set(ctx.job.id, (runsByJob.get(ctx.job.id) ?? 0) + 1);
        jobsByWorker.set(ctx.workerId, (jobsByWorker.get(ctx.workerId) ?? 0) + 1);
        // Interleave: some jobs take a little while, as real ones do.
        if (Math.random() < 0.3) await sleep(Math.random() * 5);
      },
    });
    registerJob(job);

    const { db } = handle();
    await db.transaction(async (tx) => {
      for (let n = 0; n < JOBS; n++) await enqueueJob(tx, { job, payload: { n } });
    });

    const dbs = [];
    for (let i = 0; i < WORKERS; i++) {
      if (onPostgres) {
        const h = await openPostgres(process.env.TEST_DATABASE_URL!, 3);
        extraHandles.push(h);
        dbs.push(h.db);
      } else {
        dbs.push(db);
      }
    }
    const workers = dbs.map((wdb) =>
      runWorker({ db: wdb, types: [job.type], concurrency: 4, pollIntervalMs: 5, staleAfterMs: false, logger: silentLogger }),
    );
    try {
      await waitFor(
        async () => {
          const [{ n }] = await db
            .select({ n: sql<number>`count(*)::int` })
            .from(jobs)
            .where(and(eq(jobs.type, job.type), eq(jobs.status, 'completed')));
          return n === JOBS;
        },
        { timeoutMs: 45_000, intervalMs: 25, what: `${JOBS} jobs to complete` },
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      unregisterJob(job.type);
    }

    expect(runsByJob.size).toBe(JOBS);
    const ranTwice = [...runsByJob].filter(([, runs]) => runs !== 1);
    expect(ranTwice).toEqual([]);
    const rows = await db.select({ attempts: jobs.attempts }).from(jobs).where(eq(jobs.type, job.type));
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    // Every worker id is distinct and the work was actually shared.
    expect(new Set(workers.map((w) => w.id)).size).toBe(WORKERS);
    expect(jobsByWorker.size).toBeGreaterThanOrEqual(2);
  });
});
