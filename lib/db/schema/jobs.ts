import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id, timestamps } from './columns';

export const jobStatusEnum = pgEnum('job_status', ['pending', 'running', 'completed', 'failed']);

/** Durable job queue shared by every worker, claimed with FOR UPDATE SKIP LOCKED (lib/jobs). */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    accountId: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: jobStatusEnum().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp({ withTimezone: true }),
    lockedBy: text(),
    lastError: text(),
    completedAt: timestamp({ withTimezone: true }),
    /** Optional de-duplication key: at most one pending/running job per key (enforced by index). */
    dedupeKey: text(),
    ...timestamps,
  },
  (t) => [
    index('jobs_claim_idx').on(t.status, t.runAt),
    index('jobs_account_status_idx').on(t.accountId, t.status),
    // Partial unique index: enqueueJob's ON CONFLICT DO NOTHING relies on it, so two concurrent
    // enqueues with the same key cannot both land; finished jobs free the key.
    uniqueIndex('jobs_dedupe_active_idx')
      .on(t.dedupeKey)
      .where(sql`status in ('pending', 'running')`),
  ],
);
