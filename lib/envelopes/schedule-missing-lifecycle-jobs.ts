import 'server-only';
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { envelopes, jobs } from '../db/schema';
import { LIFECYCLE, scheduleLifecycleJobs } from './schedule-lifecycle-jobs';

/**
 * Envelopes still waiting for signatures whose expiry was never scheduled (sent before the lifecycle
 * jobs existed, or restored from a backup without the queue) get their reminders, warning and expiry
 * now. Run at boot by the server's workers; idempotent (the expire job's dedupe key marks it done).
 */
export async function scheduleMissingLifecycleJobs(db: Db): Promise<number> {
  const missing = await db
    .select()
    .from(envelopes)
    .where(
      and(
        inArray(envelopes.status, ['sent', 'partially_signed']),
        notExists(db.select({ one: sql`1` }).from(jobs).where(eq(jobs.dedupeKey, sql`${LIFECYCLE.expire} || ':' || ${envelopes.id}`))),
      ),
    );
  for (const envelope of missing) await db.transaction((tx) => scheduleLifecycleJobs(tx, envelope));
  return missing.length;
}
