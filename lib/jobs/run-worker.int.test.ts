import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { advanceClock, now, resetClock } from '../clock';
import { jobs } from '../db/schema';
import { setupTestDb } from '../testing/db';
import { retryDelayCeilingMs } from './backoff';
import { enqueueJob } from './enqueue-job';
import { defineJob, PermanentJobError, registerJob, unregisterJob, type JobDefinition } from './registry';
import { runWorker, type JobWorker, type WorkerOptions } from './run-worker';
import { getJob, silentLogger, sleep, uniqueJobType, waitFor, waitForStatus } from './test-support';

const { handle } = setupTestDb();

const workers: JobWorker[] = [];
const registered: string[] = [];

function register<S extends z.ZodType>(def: JobDefinition<S>) {
  registerJob(def);
  registered.push(def.type);
  return def;
}

function startWorker(types: string[], opts: Partial<WorkerOptions> = {}) {
  const worker = runWorker({
    db: handle().db,
    types,
    pollIntervalMs: 10,
    staleAfterMs: false,
    logger: silentLogger,
    ...opts,
  });
  workers.push(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ timeoutMs: 5_000 })));
  for (const type of registered.splice(0)) unregisterJob(type);
  resetClock();
});

describe('job worker', () => {
  it('runs a job with its typed payload and marks it completed', async () => {
    const { db } = handle();
    const seen: unknown[] = [];
    const job = register(
      defineJob({
        type: uniqueJobType('ok'),
        schema: z.object({ contractId: z.string(), copies: z.number().default(1) }),
        handler: async (payload, ctx) => {
          seen.push({ payload, attempt: ctx.job.attempts, workerId: ctx.workerId });
        },
      }),
    );
    const worker = startWorker([job.type]);
    const row = await enqueueJob(db, { job, payload: { contractId: 'c-7' } });
    const done = await waitForStatus(db, row!.id, 'completed');
    expect(seen).toEqual([{ payload: { contractId: 'c-7', copies: 1 }, attempt: 1, workerId: worker.id }]);
    expect(done).toMatchObject({ attempts: 1, lockedBy: null, lockedAt: null, lastError: null });
    expect(done.completedAt).toBeInstanceOf(Date);
  });

  it('retries a failing job with growing backoff and ends failed with the last error', async () => {
    const { db } = handle();
    let calls = 0;
    const job = register(
      defineJob({
        type: uniqueJobType('flaky'),
        schema: z.object({}),
        handler: async () => {
          calls++;
          throw new Error(`provedor fora do ar (${calls})`);
        },
      }),
    );
    startWorker([job.type]);
    const row = await enqueueJob(db, { job, payload: {}, maxAttempts: 3 });

    for (const attempt of [1, 2]) {
      const failedAt = now().getTime();
      const pending = await waitFor(
        async () => {
          const j = await getJob(db, row!.id);
          return j.attempts === attempt && j.status === 'pending' ? j : undefined;
        },
        { what: `attempt ${attempt} to fail` },
      );
      expect(pending.lastError).toBe(`Error: provedor fora do ar (${attempt})`);
      const delay = pending.runAt.getTime() - failedAt;
      expect(delay).toBeGreaterThanOrEqual(retryDelayCeilingMs(attempt) * 0.75 - 50);
      expect(delay).toBeLessThanOrEqual(retryDelayCeilingMs(attempt) + 5_000);

      // Not retried before its time, however often the worker polls.
      await sleep(100);
      expect(calls).toBe(attempt);
      advanceClock(retryDelayCeilingMs(attempt) + 1);
    }

    const failed = await waitForStatus(db, row!.id, 'failed');
    expect(calls).toBe(3);
    expect(failed).toMatchObject({ attempts: 3, lastError: 'Error: provedor fora do ar (3)', lockedBy: null });
    advanceClock(24 * 3600_000);
    await sleep(100);
    expect(calls).toBe(3);
  });

  it('fails at once, without retries, on PermanentJobError or a payload that no longer validates', async () => {
    const { db } = handle();
    let calls = 0;
    const job = register(
      defineJob({
        type: uniqueJobType('permanent'),
        schema: z.object({ cpf: z.string().length(11) }),
        handler: async () => {
          calls++;
          throw new PermanentJobError('CPF recusado pelo provedor');
        },
      }),
    );
    startWorker([job.type]);
    const refused = await enqueueJob(db, { job, payload: { cpf: '12345678909' } });
    // Queued by an older release whose payload shape has since changed.
    const [unchecked] = await db
      .insert(jobs)
      .values({ type: job.type, payload: { cpf: '1' }, runAt: now() })
      .returning();

    expect((await waitForStatus(db, refused!.id, 'failed')).lastError).toBe('CPF recusado pelo provedor');
    const bad = await waitForStatus(db, unchecked!.id, 'failed');
    expect(bad.attempts).toBe(1);
    expect(bad.lastError).toMatch(/^Dados inválidos para a tarefa/);
    expect(calls).toBe(1);
  });

  it('does not run a scheduled job before its run_at', async () => {
    const { db } = handle();
    const ran: string[] = [];
    const job = register(
      defineJob({ type: uniqueJobType('scheduled'), schema: z.object({}), handler: async (_p, ctx) => void ran.push(ctx.job.id) }),
    );
    startWorker([job.type]);
    const row = await enqueueJob(db, { job, payload: {}, runAt: new Date(now().getTime() + 3600_000) });
    await sleep(150);
    expect(ran).toEqual([]);
    expect((await getJob(db, row!.id)).status).toBe('pending');
    advanceClock(3600_000 - 60_000);
    await sleep(100);
    expect(ran).toEqual([]);
    advanceClock(60_000);
    await waitForStatus(db, row!.id, 'completed');
    expect(ran).toEqual([row!.id]);
  });

  it('claims only the types it has handlers for', async () => {
    const { db } = handle();
    const known = register(defineJob({ type: uniqueJobType('known'), schema: z.object({}), handler: async () => {} }));
    const unknownType = uniqueJobType('unknown');
    // Even when asked for it, a worker without a handler leaves the type to other workers.
    startWorker([known.type, unknownType]);
    const a = await enqueueJob(db, { type: unknownType });
    const b = await enqueueJob(db, { job: known, payload: {} });
    await waitForStatus(db, b!.id, 'completed');
    await sleep(100);
    expect(await getJob(db, a!.id)).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null });
  });

  it('keeps queued jobs across a worker restart', async () => {
    const { db } = handle();
    const ran: number[] = [];
    const job = register(
      defineJob({ type: uniqueJobType('restart'), schema: z.object({ n: z.number() }), handler: async ({ n }) => void ran.push(n) }),
    );
    const first = startWorker([job.type]);
    await first.stop();
    const rows = [];
    for (let n = 0; n < 5; n++) rows.push(await enqueueJob(db, { job, payload: { n } }));
    await sleep(100);
    expect(ran).toEqual([]);

    startWorker([job.type], { concurrency: 1 });
    for (const row of rows) await waitForStatus(db, row!.id, 'completed');
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops gracefully: waits for the running job, then claims nothing more', async () => {
    const { db } = handle();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const job = register(
      defineJob({
        type: uniqueJobType('graceful'),
        schema: z.object({}),
        handler: async (_p, ctx) => {
          started.push(ctx.job.id);
          await gate;
        },
      }),
    );
    const worker = startWorker([job.type], { concurrency: 1 });
    const first = await enqueueJob(db, { job, payload: {} });
    await waitFor(() => started.length === 1, { what: 'the first job to start' });
    const second = await enqueueJob(db, { job, payload: {} });

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await sleep(50);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await getJob(db, first!.id)).status).toBe('completed');
    await sleep(50);
    expect(await getJob(db, second!.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('aborts running handlers when the stop grace period runs out', async () => {
    const { db } = handle();
    let aborted = false;
    const job = register(
      defineJob({
        type: uniqueJobType('abort'),
        schema: z.object({}),
        handler: (_p, ctx) =>
          new Promise<void>((_resolve, reject) => {
            ctx.signal.addEventListener('abort', () => {
              aborted = true;
              reject(new Error('interrompida'));
            });
          }),
      }),
    );
    const worker = startWorker([job.type]);
    const row = await enqueueJob(db, { job, payload: {}, maxAttempts: 5 });
    await waitForStatus(db, row!.id, 'running');
    await worker.stop({ timeoutMs: 50 });
    expect(aborted).toBe(true);
    // The abort counts as a failed attempt: back to the queue for later.
    const back = await waitForStatus(db, row!.id, 'pending');
    expect(back.lastError).toBe('Error: interrompida');
  });

  it('runs up to `concurrency` jobs at the same time', async () => {
    const { db } = handle();
    let running = 0;
    let peak = 0;
    const job = register(
      defineJob({
        type: uniqueJobType('parallel'),
        schema: z.object({}),
        handler: async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(40);
          running--;
        },
      }),
    );
    const rows = [];
    for (let i = 0; i < 12; i++) rows.push(await enqueueJob(db, { job, payload: {} }));
    startWorker([job.type], { concurrency: 3 });
    for (const row of rows) await waitForStatus(db, row!.id, 'completed');
    expect(peak).toBe(3);
  });

  it('refreshes the lock of a long job so it is not mistaken for an abandoned one', async () => {
    const { db } = handle();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job = register(defineJob({ type: uniqueJobType('long'), schema: z.object({}), handler: () => gate }));
    startWorker([job.type], { staleAfterMs: 60_000, staleCheckIntervalMs: 0 });
    const row = await enqueueJob(db, { job, payload: {} });
    const claimed = await waitForStatus(db, row!.id, 'running');
    // An hour of (clock) time passes while the handler works; heartbeats keep the lock fresh.
    for (let i = 0; i < 6; i++) {
      advanceClock(10 * 60_000);
      const lockedAt = claimed.lockedAt!.getTime() + (i + 1) * 10 * 60_000;
      await waitFor(async () => (await getJob(db, row!.id)).lockedAt!.getTime() >= lockedAt, { what: 'heartbeat' });
    }
    expect(await getJob(db, row!.id)).toMatchObject({ status: 'running', attempts: 1, lastError: null });
    release();
    expect((await waitForStatus(db, row!.id, 'completed')).attempts).toBe(1);
  });
});
