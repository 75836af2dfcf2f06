import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openPglite, openPostgres, type DbHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { enqueueJob } from './enqueue-job';
import { defineJob, registerJob, unregisterJob } from './registry';
import { runWorker } from './run-worker';
import { getJob, silentLogger, uniqueJobType, waitForStatus } from './test-support';

const onPostgres = process.env.RUBRICA_TEST_DRIVER === 'postgres';
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Opens the database the way a fresh process would: a file-backed PGlite, or a new PostgreSQL pool. */
async function openFresh(dir: string | undefined): Promise<DbHandle> {
  return onPostgres ? openPostgres(process.env.TEST_DATABASE_URL!, 2) : openPglite(dir);
}

describe('queued jobs are durable', () => {
  it('a job queued before the database is closed runs after it is opened again', async () => {
    let dir: string | undefined;
    if (!onPostgres) {
      dir = await mkdtemp(path.join(os.tmpdir(), 'rubrica-jobs-'));
      cleanups.push(() => rm(dir!, { recursive: true, force: true }));
    }
    const ran: string[] = [];
    const job = defineJob({
      type: uniqueJobType('durable'),
      schema: z.object({ contractId: z.string() }),
      handler: async ({ contractId }) => void ran.push(contractId),
    });

    // First "process": enqueue and go away without running anything.
    const first = await openFresh(dir);
    if (!onPostgres) await migrateDatabase(first);
    const row = await enqueueJob(first.db, { job, payload: { contractId: 'c-99' } });
    await first.close();

    // Second "process": registers its handlers and starts a worker.
    const second = await openFresh(dir);
    cleanups.push(() => second.close());
    expect((await getJob(second.db, row!.id)).status).toBe('pending');
    registerJob(job);
    cleanups.push(async () => unregisterJob(job.type));
    const worker = runWorker({ db: second.db, types: [job.type], pollIntervalMs: 10, staleAfterMs: false, logger: silentLogger });
    cleanups.push(() => worker.stop());
    await waitForStatus(second.db, row!.id, 'completed');
    expect(ran).toEqual(['c-99']);
  });
});
