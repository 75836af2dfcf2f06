import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, now, resetClock } from '../clock';
import { claimJobs } from './claim-jobs';
import { enqueueJob } from './enqueue-job';
import { getJob, uniqueJobType } from './test-support';
import { setupTestDb } from '../testing/db';

const { handle } = setupTestDb();

afterEach(() => resetClock());

describe('claimJobs', () => {
  it('claims only due jobs of the requested types, oldest first, up to the limit', async () => {
    const { db } = handle();
    const type = uniqueJobType('claim');
    const other = uniqueJobType('claim-other');
    const t = now();
    const at = (s: number) => new Date(t.getTime() + s * 1000);
    const late = await enqueueJob(db, { type, runAt: at(-10) });
    const early = await enqueueJob(db, { type, runAt: at(-30) });
    const middle = await enqueueJob(db, { type, runAt: at(-20) });
    const future = await enqueueJob(db, { type, runAt: at(60) });
    await enqueueJob(db, { type: other, runAt: at(-60) });

    const first = await claimJobs(db, { workerId: 'w1', types: [type], limit: 2 });
    expect(first.map((j) => j.id)).toEqual([early!.id, middle!.id]);
    expect(first.every((j) => j.status === 'running' && j.lockedBy === 'w1' && j.attempts === 1)).toBe(true);

    const second = await claimJobs(db, { workerId: 'w2', types: [type], limit: 10 });
    expect(second.map((j) => j.id)).toEqual([late!.id]);
    expect((await getJob(db, future!.id)).status).toBe('pending');

    advanceClock(61_000);
    const third = await claimJobs(db, { workerId: 'w2', types: [type], limit: 10 });
    expect(third.map((j) => j.id)).toEqual([future!.id]);
  });

  it('claims nothing for an empty type list or a zero limit', async () => {
    const { db } = handle();
    const type = uniqueJobType('claim-empty');
    await enqueueJob(db, { type });
    expect(await claimJobs(db, { workerId: 'w', types: [], limit: 5 })).toEqual([]);
    expect(await claimJobs(db, { workerId: 'w', types: [type], limit: 0 })).toEqual([]);
  });

  it('never hands the same job to two concurrent claims', async () => {
    const { db } = handle();
    const type = uniqueJobType('claim-race');
    for (let i = 0; i < 30; i++) await enqueueJob(db, { type });
    const batches = await Promise.all(
      Array.from({ length: 6 }, (_, i) => claimJobs(db, { workerId: `w${i}`, types: [type], limit: 10 })),
    );
    const ids = batches.flat().map((j) => j.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});
