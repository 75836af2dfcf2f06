// What a use-case refused with, for tests: its code, pt-BR message and field errors (not imported by app code).
import { AppError } from '../errors';

/** Awaits p and returns the AppError it threw; fails the test when it succeeds or throws anything else. */
export async function refusal(p: Promise<unknown>): Promise<{ code: AppError['code']; message: string; fields?: Record<string, string[]> }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.userMessage, fields: err.fields };
    throw err;
  }
  throw new Error('expected a refusal');
}

/** Only the message the person would read. */
export async function refusalMessage(p: Promise<unknown>): Promise<string> {
  return (await refusal(p)).message;
}
