import 'server-only';
import type { z } from 'zod';
import type { Db } from '../db/client';
import type { jobs } from '../db/schema';

export type JobRow = typeof jobs.$inferSelect;

export type JobContext = {
  /** The claimed row: attempts already counts this attempt. */
  job: JobRow;
  /** The worker's database handle; open your own transaction for multi-step changes. */
  db: Db;
  workerId: string;
  /** Aborted when the worker is stopped and its grace period runs out. */
  signal: AbortSignal;
};

/**
 * One job type: its name, the zod schema of its payload, and the handler. Jobs run at least once
 * (a crash between the handler's work and the completion mark re-runs it): handlers must be
 * idempotent.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  /** Dotted and stable, e.g. "notify.send-email": it is stored in every queued row. */
  type: string;
  schema: S;
  // Method syntax keeps definitions with specific payloads assignable to JobDefinition<ZodType>.
  handler(payload: z.output<S>, ctx: JobContext): Promise<void>;
  /** Default for enqueueJob when it does not say; the column default (8) otherwise. */
  maxAttempts?: number;
};

/** Throw from a handler when retrying cannot help (bad data, a 4xx from a provider). */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

const TYPE_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,199}$/i;

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  if (!TYPE_PATTERN.test(def.type)) {
    throw new Error(`Tipo de job inválido: ${JSON.stringify(def.type)}`);
  }
  if (def.maxAttempts !== undefined && !(Number.isInteger(def.maxAttempts) && def.maxAttempts >= 1)) {
    throw new Error(`maxAttempts do job ${def.type} deve ser um inteiro ≥ 1`);
  }
  return Object.freeze({ ...def });
}

// On globalThis: Next.js may load this module in more than one bundle of the same process.
type Holder = { __rubricaJobRegistry?: Map<string, JobDefinition> };
const holder = globalThis as Holder;
const registry = (holder.__rubricaJobRegistry ??= new Map());

/**
 * Makes a job type runnable by the workers of this process. Registering a type again replaces the
 * handler (dev reloads re-evaluate the module that defines it).
 */
export function registerJob(def: JobDefinition): void {
  registry.set(def.type, def);
}

export function registerJobs(defs: readonly JobDefinition[]): void {
  for (const def of defs) registerJob(def);
}

export function unregisterJob(type: string): void {
  registry.delete(type);
}

export function getJobDefinition(type: string): JobDefinition | undefined {
  return registry.get(type);
}

export function registeredJobTypes(): string[] {
  return [...registry.keys()].sort();
}
