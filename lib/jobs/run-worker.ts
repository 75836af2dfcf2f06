import 'server-only';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { and, eq, inArray } from 'drizzle-orm';
import { now } from '../clock';
import { getDb, type Db } from '../db/client';
import { jobs } from '../db/schema';
import { claimJobs } from './claim-jobs';
import { executeJob, type JobOutcome } from './execute-job';
import { DEFAULT_STALE_AFTER_MS, recoverStaleJobs } from './recover-stale-jobs';
import { registeredJobTypes, type JobRow } from './registry';

export type WorkerLogger = Pick<Console, 'info' | 'warn' | 'error'>;

export type WorkerOptions = {
  /** Default: the process's database (getDb()). */
  db?: Db;
  /** Only these types (intersected with the registered ones); default every registered type. */
  types?: readonly string[];
  /** Jobs run at the same time by this worker; default 4. */
  concurrency?: number;
  /** Pause between polls when the queue is empty; default 1 s. */
  pollIntervalMs?: number;
  workerId?: string;
  /** Running jobs whose lock is older than this are re-queued; false turns recovery off. */
  staleAfterMs?: number | false;
  /** How often to look for stale jobs; default 1 min. */
  staleCheckIntervalMs?: number;
  logger?: WorkerLogger;
  /** Called after every job; tests use it to wait for outcomes. */
  onJobDone?: (job: JobRow, outcome: JobOutcome | 'crashed') => void;
};

export type JobWorker = {
  readonly id: string;
  /** Polls now instead of at the next interval (e.g. right after enqueueing). */
  wake(): void;
  /** Jobs running right now. */
  inFlight(): number;
  /**
   * Stops claiming and waits for running jobs. After timeoutMs (default 30 s) their AbortSignal
   * fires and stop() returns; whatever is still running is recovered later as stale.
   */
  stop(opts?: { timeoutMs?: number }): Promise<void>;
};

export function createWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Starts a polling worker loop in this process and returns its handle. */
export function runWorker(opts: WorkerOptions = {}): JobWorker {
  const id = opts.workerId ?? createWorkerId();
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const pollIntervalMs = Math.max(1, opts.pollIntervalMs ?? 1000);
  const staleAfterMs = opts.staleAfterMs === false ? false : (opts.staleAfterMs ?? DEFAULT_STALE_AFTER_MS);
  const staleCheckIntervalMs = opts.staleCheckIntervalMs ?? 60_000;
  // Refresh locks well within the stale window so a long job is never mistaken for a dead one.
  const heartbeatIntervalMs =
    staleAfterMs === false ? Infinity : Math.min(staleAfterMs / 3, 60_000);
  const logger = opts.logger ?? console;

  const inFlight = new Map<string, Promise<void>>();
  const abort = new AbortController();
  let stopping = false;
  let wakeUp: (() => void) | undefined;
  let lastStaleCheck = -Infinity;
  let lastHeartbeat = now().getTime();

  const wake = () => {
    wakeUp?.();
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const activeTypes = () => {
    const registered = registeredJobTypes();
    return opts.types ? registered.filter((t) => opts.types!.includes(t)) : registered;
  };

  const start = (db: Db, job: JobRow) => {
    const run = executeJob(db, job, {
      workerId: id,
      signal: abort.signal,
      onError: (err, j) => logger.warn(`[jobs] ${j.type} ${j.id} falhou (tentativa ${j.attempts}/${j.maxAttempts}):`, err),
    })
      .then((outcome) => {
        if (outcome === 'lost') {
          logger.warn(`[jobs] ${job.type} ${job.id}: a trava foi perdida antes do fim (recuperada como parada)`);
        }
        opts.onJobDone?.(job, outcome);
      })
      .catch((err: unknown) => {
        // The handler ran but its result could not be written: the lock stays and stale
        // recovery re-queues the job.
        logger.error(`[jobs] ${job.type} ${job.id}: não foi possível registrar o resultado:`, err);
        opts.onJobDone?.(job, 'crashed');
      })
      .finally(() => {
        inFlight.delete(job.id);
        wake();
      });
    inFlight.set(job.id, run);
  };

  const housekeeping = async (db: Db, types: string[]) => {
    const t = now().getTime();
    if (inFlight.size > 0 && t - lastHeartbeat >= heartbeatIntervalMs) {
      lastHeartbeat = t;
      await db
        .update(jobs)
        .set({ lockedAt: now() })
        .where(
          and(
            inArray(jobs.id, [...inFlight.keys()]),
            eq(jobs.status, 'running'),
            eq(jobs.lockedBy, id),
          ),
        );
    }
    if (staleAfterMs !== false && t - lastStaleCheck >= staleCheckIntervalMs) {
      lastStaleCheck = t;
      const { requeued, failed } = await recoverStaleJobs(db, { olderThanMs: staleAfterMs, types });
      if (requeued || failed) {
        logger.warn(`[jobs] ${requeued} tarefa(s) parada(s) voltaram para a fila, ${failed} marcada(s) como falha`);
      }
    }
  };

  const loop = async () => {
    const db = opts.db ?? (await getDb());
    let errorPauseMs = pollIntervalMs;
    while (!stopping) {
      let claimedAll = false;
      try {
        const types = activeTypes();
        await housekeeping(db, types);
        const free = concurrency - inFlight.size;
        if (free > 0 && types.length > 0) {
          const claimed = await claimJobs(db, { workerId: id, types, limit: free });
          // The loop may have been told to stop while the claim was in flight: run what we
          // own anyway, stop() waits for it.
          for (const job of claimed) start(db, job);
          claimedAll = claimed.length === free;
        }
        errorPauseMs = pollIntervalMs;
      } catch (err) {
        logger.error('[jobs] erro no ciclo do worker:', err);
        errorPauseMs = Math.min(errorPauseMs * 2, 30_000);
        await pause(errorPauseMs);
        continue;
      }
      // A full claim means more may be due: go again (waiting for a free slot if needed).
      if (claimedAll && inFlight.size < concurrency) continue;
      if (!stopping) await pause(pollIntervalMs);
    }
  };

  const looping = loop().catch((err: unknown) => {
    logger.error('[jobs] o worker parou por um erro:', err);
  });

  let stopped: Promise<void> | undefined;
  return {
    id,
    wake,
    inFlight: () => inFlight.size,
    stop({ timeoutMs = 30_000 } = {}) {
      stopped ??= (async () => {
        stopping = true;
        wake();
        await looping;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        const result = await Promise.race([Promise.all(inFlight.values()), timedOut]);
        clearTimeout(timer);
        if (result === 'timeout') {
          logger.warn(`[jobs] ${inFlight.size} tarefa(s) ainda em execução ao parar o worker ${id}`);
          abort.abort();
        }
      })();
      return stopped;
    },
  };
}
