import path from 'node:path';
import type { DbHandle } from './client';

export const migrationsFolder = path.resolve(process.cwd(), 'drizzle');

/** Applies the generated SQL migrations in drizzle/ (same files for both drivers). */
export async function migrateDatabase(handle: DbHandle) {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants its own driver type
    await migrate(handle.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  }
}
