import { afterAll, beforeAll } from 'vitest';
import { openPglite, openPostgres, setDbHandle, type DbHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/**
 * Gives the calling test file a real, migrated database: an in-memory PGlite, or the test
 * PostgreSQL (already migrated by the global setup) when the project runs with that driver.
 * Tests scope everything by the accounts they create, so files may share one PostgreSQL.
 */
export function setupTestDb(): { handle: () => DbHandle } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    if (process.env.RUBRICA_TEST_DRIVER === 'postgres') {
      handle = await openPostgres(process.env.TEST_DATABASE_URL!, 10);
    } else {
      handle = await openPglite(undefined);
      await migrateDatabase(handle);
    }
    setDbHandle(handle);
  });
  afterAll(async () => {
    setDbHandle(undefined);
    await handle?.close();
  });
  return {
    handle: () => {
      if (!handle) throw new Error('setupTestDb: database not ready (call inside a test or hook)');
      return handle;
    },
  };
}
