import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { integrations } from '../db/schema';
import { enqueueJob } from '../jobs/enqueue-job';

const DAY_MS = 86_400_000;

/** Job types and keys live here so scheduling and the handlers agree (lifecycle-jobs.ts). */
export const LIFECYCLE = { remind: 'envelopes.remind', warn: 'envelopes.warn-expiry', expire: 'envelopes.expire' } as const;

type LifecycleEnvelope = { id: string; accountId: string; integrationId: string | null; reminderEveryDays: number | null; warnDaysBeforeExpiry: number | null };

/** The envelope's own days when it has them (set through the API), else its integration's. */
async function lifecycleDays(tx: Executor, envelope: LifecycleEnvelope): Promise<{ remind: number | null; warn: number | null }> {
  const [i] = envelope.integrationId
    ? await tx.select({ remind: integrations.reminderEveryDays, warn: integrations.warnDaysBeforeExpiry }).from(integrations).where(eq(integrations.id, envelope.integrationId))
    : [];
  return { remind: envelope.reminderEveryDays ?? i?.remind ?? null, warn: envelope.warnDaysBeforeExpiry ?? i?.warn ?? null };
}

export async function reminderEveryDays(tx: Executor, envelope: LifecycleEnvelope): Promise<number | null> {
  return (await lifecycleDays(tx, envelope)).remind;
}

/** The next reminder, N days after `from`, when it still comes before the deadline. */
export async function scheduleReminder(tx: Executor, envelope: { id: string; accountId: string; expiresAt: Date }, everyDays: number | null, from: Date, round: number) {
  if (!everyDays) return null;
  const runAt = new Date(from.getTime() + everyDays * DAY_MS);
  if (runAt >= envelope.expiresAt) return null;
  return enqueueJob(tx, { type: LIFECYCLE.remind, payload: { envelopeId: envelope.id, round }, accountId: envelope.accountId, runAt, dedupeKey: `${LIFECYCLE.remind}:${envelope.id}:${round}` });
}

/**
 * Schedules what happens to an envelope while it waits for signatures, in the transaction that
 * sends it: reminders every N days (integration setting), a warning N days before the deadline,
 * and the expiry at the deadline. Each job checks the envelope when it runs, so one that finished
 * in the meantime is left alone.
 */
export async function scheduleLifecycleJobs(tx: Executor, envelope: LifecycleEnvelope & { sentAt: Date | null; expiresAt: Date }) {
  const sentAt = envelope.sentAt ?? new Date();
  const days = await lifecycleDays(tx, envelope);
  await scheduleReminder(tx, envelope, days.remind, sentAt, 1);
  if (days.warn) {
    const runAt = new Date(envelope.expiresAt.getTime() - days.warn * DAY_MS);
    if (runAt > sentAt) {
      await enqueueJob(tx, { type: LIFECYCLE.warn, payload: { envelopeId: envelope.id }, accountId: envelope.accountId, runAt, dedupeKey: `${LIFECYCLE.warn}:${envelope.id}` });
    }
  }
  await enqueueJob(tx, { type: LIFECYCLE.expire, payload: { envelopeId: envelope.id }, accountId: envelope.accountId, runAt: envelope.expiresAt, dedupeKey: `${LIFECYCLE.expire}:${envelope.id}` });
}
