import 'server-only';
import { and, eq } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { jobs } from '../db/schema';
import { enqueueJob } from '../jobs/enqueue-job';
import { z } from '../validation';

export const SEAL_JOB_TYPE = 'evidence.seal-envelope';
export const sealJobPayload = z.object({ envelopeId: z.uuid() });

const sealKey = (envelopeId: string) => `seal:${envelopeId}`;

/**
 * Queues the sealing of an envelope in the caller's transaction (completion's, so an envelope
 * never completes without its seal job). At most one is pending or running per envelope; asking
 * again brings a waiting retry forward instead of queueing a second one.
 */
export async function enqueueSeal(tx: Executor, input: { accountId: string; envelopeId: string }) {
  const job = await enqueueJob(tx, {
    type: SEAL_JOB_TYPE,
    payload: { envelopeId: input.envelopeId },
    accountId: input.accountId,
    dedupeKey: sealKey(input.envelopeId),
    maxAttempts: 10,
  });
  if (!job) {
    await tx
      .update(jobs)
      .set({ runAt: now(), updatedAt: now() })
      .where(and(eq(jobs.dedupeKey, sealKey(input.envelopeId)), eq(jobs.status, 'pending')));
  }
  return job;
}
