import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { jobs } from '../db/schema';
import { getJobDefinition, type JobDefinition, type JobRow } from './registry';

export type EnqueueOptions = {
  /** The account the job works for: retryJob and listFailedJobs are scoped by it. */
  accountId?: string | null;
  /** Not before this moment (lib/clock time); default now. */
  runAt?: Date;
  /** Attempts before the job ends `failed`; default from the job definition, else 8. */
  maxAttempts?: number;
  /** Skipped (returns null) while a pending or running job has the same key. */
  dedupeKey?: string;
};

export type EnqueueTypedJobInput<S extends z.ZodType> = EnqueueOptions & {
  job: JobDefinition<S>;
  payload: z.input<S>;
};

export type EnqueueJobByTypeInput = EnqueueOptions & {
  type: string;
  payload?: Record<string, unknown>;
};

/**
 * Queues a job. Pass the transaction of the change that causes it, so both commit or neither does.
 * Returns the new row, or null when dedupeKey matched a job that is still pending or running.
 */
export async function enqueueJob<S extends z.ZodType>(
  executor: Executor,
  input: EnqueueTypedJobInput<S>,
): Promise<JobRow | null>;
export async function enqueueJob(executor: Executor, input: EnqueueJobByTypeInput): Promise<JobRow | null>;
export async function enqueueJob(
  executor: Executor,
  input: EnqueueTypedJobInput<z.ZodType> | EnqueueJobByTypeInput,
): Promise<JobRow | null> {
  const def = 'job' in input ? input.job : getJobDefinition(input.type);
  const type = 'job' in input ? input.job.type : input.type;
  const payload = (input.payload ?? {}) as Record<string, unknown>;

  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new Error(`O payload do job ${type} deve ser um objeto JSON`);
  }
  // Validating here turns a bad payload into an error in the caller's request, not a job that
  // fails later in a worker. The input (not the parsed output) is stored: transforms may not be JSON.
  if (def) {
    const parsed = def.schema.safeParse(payload);
    if (!parsed.success) {
      throw new Error(`Payload inválido para o job ${type}: ${z.prettifyError(parsed.error)}`);
    }
  }

  const maxAttempts = input.maxAttempts ?? def?.maxAttempts;
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
    throw new Error(`maxAttempts do job ${type} deve ser um inteiro ≥ 1`);
  }
  if (input.runAt && Number.isNaN(input.runAt.getTime())) {
    throw new Error(`runAt do job ${type} não é uma data válida`);
  }

  const t = now();
  const insert = executor.insert(jobs).values({
    type,
    payload,
    accountId: input.accountId ?? null,
    runAt: input.runAt ?? t,
    maxAttempts,
    dedupeKey: input.dedupeKey ?? null,
    createdAt: t,
    updatedAt: t,
  });
  const rows = input.dedupeKey
    ? await insert
        // Must name the partial unique index jobs_dedupe_active_idx exactly (column + predicate).
        .onConflictDoNothing({ target: jobs.dedupeKey, where: sql`status in ('pending', 'running')` })
        .returning()
    : await insert.returning();
  return rows[0] ?? null;
}
