import { advanceClock, now, resetClock } from '../clock';
import { createAccount } from './factories';

/**
 * What the e2e suite may ask of a server started with RUBRICA_TEST_HOOKS=1. Going through the
 * running server keeps the embedded PGlite single-process.
 */
export async function runTestHook(hook: string, body: Record<string, unknown>) {
  switch (hook) {
    case 'clock': {
      if (body.reset) resetClock();
      if (typeof body.advanceMs === 'number') advanceClock(body.advanceMs);
      return { now: now().toISOString() };
    }
    case 'account': {
      const password = typeof body.password === 'string' ? body.password : 'senha-de-teste-123';
      const { account, actors } = await createAccount({ password });
      return {
        accountId: account.id,
        password,
        users: Object.fromEntries(Object.entries(actors).map(([role, a]) => [role, { id: a.actorId, email: a.email }])),
      };
    }
    default:
      return undefined;
  }
}
