/** One benchmark: a name for the table and the work to time. Register it in ./index.ts. */
export type Benchmark = {
  name: string;
  /** Timed runs; the harness default applies when absent. */
  iterations?: number;
  /** Untimed runs first, so JIT warm-up and first-use caches (fonts, parsers) are not measured. */
  warmup?: number;
  /** Runs once before warm-up; what it returns is shown in the table's note column. */
  setup?: () => Promise<string | void> | string | void;
  /** The work to time. A run that measures itself (e.g. from a tap to a paint) returns { elapsedMs }. */
  run: () => Promise<unknown> | unknown;
  /** Runs once after the timed runs (stop servers, browsers). */
  teardown?: () => Promise<void> | void;
};
