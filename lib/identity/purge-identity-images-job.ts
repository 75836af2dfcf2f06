import 'server-only';
import { z } from 'zod';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { enqueueJob } from '../jobs/enqueue-job';
import { defineJob } from '../jobs/registry';
import { purgeExpiredIdentityImages } from './purge-identity-images';

export const PURGE_IDENTITY_IMAGES_JOB_TYPE = 'identity.purge-images';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs once a day: purges what is due, then queues its next run (one pending run at a time). */
export const purgeIdentityImagesJob = defineJob({
  type: PURGE_IDENTITY_IMAGES_JOB_TYPE,
  schema: z.object({}),
  maxAttempts: 3,
  async handler(_payload, { db }) {
    await purgeExpiredIdentityImages(db, now());
    await scheduleIdentityPurge(db, new Date(now().getTime() + DAY_MS));
  },
});

/**
 * Called at boot and by the job itself. One key per day: a restart does not queue a second run for
 * the same day, and the running job can queue tomorrow's (a key shared with itself would be refused).
 */
export async function scheduleIdentityPurge(db: Executor, runAt: Date = now()) {
  const day = runAt.toISOString().slice(0, 10);
  await enqueueJob(db, { job: purgeIdentityImagesJob, payload: {}, runAt, dedupeKey: `${PURGE_IDENTITY_IMAGES_JOB_TYPE}:${day}` });
}
