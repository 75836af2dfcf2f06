// `npm run db:migrate`: applies migrations without starting the server. On the embedded PGlite this
// fails loudly while the server runs (the data-dir lock), since PGlite is single-process.
import { closeDb, getDbHandle } from '../lib/db/client';
import { migrateDatabase } from '../lib/db/migrate';

const t = Date.now();
try {
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  console.log(`Migrações aplicadas (${handle.driver}) em ${Date.now() - t} ms.`);
  await closeDb();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
