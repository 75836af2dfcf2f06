/**
 * The application's clock. Everything that compares times (session idle timeout, lock-out, job
 * schedules, deadlines) reads it, so tests can move time forward instead of sleeping.
 */
type Holder = { __rubricaClockOffsetMs?: number };
const holder = globalThis as Holder;

export function now(): Date {
  return new Date(Date.now() + (holder.__rubricaClockOffsetMs ?? 0));
}

export function advanceClock(ms: number) {
  holder.__rubricaClockOffsetMs = (holder.__rubricaClockOffsetMs ?? 0) + ms;
}

export function resetClock() {
  holder.__rubricaClockOffsetMs = 0;
}
