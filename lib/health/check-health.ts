import { sql } from 'drizzle-orm';
import { getDbHandle } from '../db/client';

export type Health =
  | { status: 'ok'; database: { driver: string; roundTripMs: number } }
  | { status: 'unavailable'; database: { error: string } };

const TIMEOUT_MS = 3000;

/** One round trip to the database, bounded so a hung database answers "unavailable", not nothing. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const handle = await getDbHandle();
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('tempo esgotado')), TIMEOUT_MS).unref()),
    ]);
    return {
      status: 'ok',
      database: { driver: handle.driver, roundTripMs: Math.round((performance.now() - started) * 100) / 100 },
    };
  } catch (err) {
    return { status: 'unavailable', database: { error: err instanceof Error ? err.message : 'erro desconhecido' } };
  }
}
