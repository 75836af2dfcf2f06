import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accountCounters } from '../db/schema';

/** Next value of a per-account sequence (contract and O.S. numbers); exact under concurrency. */
export async function nextCounterValue(tx: Executor, accountId: string, name: string): Promise<number> {
  const [row] = await tx
    .insert(accountCounters)
    .values({ accountId, name, value: 1 })
    .onConflictDoUpdate({ target: [accountCounters.accountId, accountCounters.name], set: { value: sql`${accountCounters.value} + 1` } })
    .returning({ value: accountCounters.value });
  return row.value;
}
