import { describe, expect, it } from 'vitest';
import { openPglite, setDbHandle } from '../db/client';
import { setupTestDb } from '../testing/db';
import { checkHealth } from './check-health';

const db = setupTestDb();

describe('[HEALTH] database round trip', () => {
  it('reports ok with the driver and a round-trip time', async () => {
    const health = await checkHealth();
    expect(health.status).toBe('ok');
    if (health.status === 'ok') {
      expect(health.database.driver).toBe(db.handle().driver);
      expect(health.database.roundTripMs).toBeGreaterThan(0);
    }
  });

  it('reports unavailable when the database is down', async () => {
    const down = await openPglite(undefined);
    await down.close();
    setDbHandle(down);
    try {
      expect((await checkHealth()).status).toBe('unavailable');
    } finally {
      setDbHandle(db.handle());
    }
  });
});
