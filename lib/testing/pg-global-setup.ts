import postgres from 'postgres';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/** Starts the PostgreSQL test run from an empty schema, migrated once for every test file. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL!;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await admin.end();
  const handle = await openPostgres(url, 2);
  await migrateDatabase(handle);
  await handle.close();
}
