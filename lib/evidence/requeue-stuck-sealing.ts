import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { envelopes, jobs } from '../db/schema';
import { enqueueSeal } from './enqueue-seal';

export const STUCK_SEALING_AFTER_MS = 10 * 60_000;

/**
 * Envelopes left "sealing" for over 10 minutes with no seal job waiting or running (it failed
 * all its attempts, or was lost with a database restore) get a fresh one.
 */
export async function requeueStuckSealing(db: Executor, olderThanMs = STUCK_SEALING_AFTER_MS): Promise<number> {
  const cutoff = new Date(now().getTime() - olderThanMs);
  const stuck = await db
    .select({ id: envelopes.id, accountId: envelopes.accountId })
    .from(envelopes)
    .where(
      and(
        eq(envelopes.status, 'sealing'),
        lt(envelopes.completedAt, cutoff),
        sql`not exists (select 1 from ${jobs} where ${jobs.dedupeKey} = 'seal:' || ${envelopes.id}::text and ${jobs.status} in ('pending', 'running'))`,
      ),
    );
  for (const e of stuck) await enqueueSeal(db, { accountId: e.accountId, envelopeId: e.id });
  if (stuck.length) console.warn(`[selagem] ${stuck.length} envelope(s) parado(s) em selagem voltaram para a fila`);
  return stuck.length;
}

/** Runs the sweep every few minutes in this process; returns a stop function. */
export function startSealingSweep(getDb: () => Promise<Executor>, everyMs = 5 * 60_000): () => void {
  const tick = () => {
    void getDb()
      .then((db) => requeueStuckSealing(db))
      .catch((err: unknown) => console.error('[selagem] falha ao procurar envelopes parados em selagem:', err));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
