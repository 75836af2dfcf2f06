import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openPglite, openPostgres, setDbHandle, type DbHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/**
 * A freshly migrated PGlite cluster, as a tarball cached in the temp dir under a hash of the
 * migrations: starting from it takes ≈ 0.3 s where initdb + migrations take ≈ 2 s, for every test
 * file. A changed migration changes the name, so a stale copy is never used.
 */
async function migratedPglite(): Promise<DbHandle> {
  const migrations = path.join(process.cwd(), 'drizzle');
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(migrations).filter((n) => n.endsWith('.sql')).sort()) hash.update(f).update(fs.readFileSync(path.join(migrations, f)));
  const file = path.join(os.tmpdir(), 'rubrica-pglite-templates', `${hash.digest('hex').slice(0, 24)}.tar`);
  if (fs.existsSync(file)) return openPglite(undefined, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  const handle = await openPglite(undefined);
  await migrateDatabase(handle);
  const dump = Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Parallel test files may race to write it: each writes its own temp file, the rename is atomic.
  const tmp = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(tmp, dump);
  fs.renameSync(tmp, file);
  return handle;
}

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
      handle = await migratedPglite();
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
