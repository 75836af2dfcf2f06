import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '../env';
import * as schema from './schema';
import { acquireDataDirLock } from './data-dir-lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a query can run on: the client itself or an open transaction. */
export type Executor = Db | Tx;

export type DbHandle = {
  db: Db;
  driver: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** PGlite only: the whole cluster as a tarball (tests start from a migrated copy). */
  dumpDataDir?: () => Promise<Blob>;
};

type Holder = { __rubricaDb?: Promise<DbHandle> };
const holder = globalThis as Holder;

/** The embedded database; in memory without dataDir. `loadDataDir` starts it from a dumpDataDir() tarball. */
export async function openPglite(dataDir: string | undefined, opts: { loadDataDir?: Blob } = {}): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    // pg_trgm backs the fast "contains" searches (customers); PostgreSQL ships it in contrib.
    const client = await PGlite.create(dataDir ? `${dataDir}/pglite` : undefined, { extensions: { pg_trgm }, loadDataDir: opts.loadDataDir });
    const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
      dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob,
    };
  } catch (err) {
    release();
    throw err;
  }
}

export async function openPostgres(url: string, max = 10): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
}

/**
 * The one database handle of this process: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite under RUBRICA_DATA_DIR (single process: guarded by a lock file).
 */
export function getDbHandle(): Promise<DbHandle> {
  if (!holder.__rubricaDb) {
    const { DATABASE_URL, dataDir } = env();
    holder.__rubricaDb = DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(dataDir);
    holder.__rubricaDb.catch(() => {
      holder.__rubricaDb = undefined;
    });
  }
  return holder.__rubricaDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests and scripts install their own handle (an in-memory PGlite, a test PostgreSQL). */
export function setDbHandle(handle: DbHandle | undefined) {
  holder.__rubricaDb = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb() {
  const current = holder.__rubricaDb;
  holder.__rubricaDb = undefined;
  if (current) await (await current).close();
}
