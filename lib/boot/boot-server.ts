import { ensureFirstAccount } from '../accounts/ensure-first-account';
import { openAdminChannel } from '../admin/admin-channel';
import { ensureBootstrapApiKey } from '../api-keys/create-key-for-account';
import { masterSecret } from '../config/secret';
import { getDbHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { env } from '../env';
import { getPlatformCertificate, SELF_SIGNED_WARNING } from '../evidence/platform-certificate';
import { startSealingSweep } from '../evidence/requeue-stuck-sealing';
import { scheduleMissingLifecycleJobs } from '../envelopes/schedule-missing-lifecycle-jobs';
import { scheduleIdentityPurge } from '../identity/purge-identity-images-job';
import { registerAllJobs } from '../jobs/handlers';
import { runWorker } from '../jobs/run-worker';

/**
 * Everything the server needs before it answers: a valid environment, the master secret, a
 * migrated database, the first account on an empty database, and the job workers.
 */
export async function bootServer() {
  const started = Date.now();
  const e = env();
  masterSecret();
  const handle = await getDbHandle();
  await migrateDatabase(handle);

  const first = await ensureFirstAccount(handle.db, {
    email: e.RUBRICA_ADMIN_EMAIL,
    password: e.RUBRICA_ADMIN_PASSWORD,
  });
  if (first.created) {
    const lines = [
      'Conta "Rubrica Demo" criada.',
      `  Proprietário: ${first.email}`,
      first.generatedPassword
        ? `  Senha (exibida só agora, anote-a): ${first.generatedPassword}`
        : '  Senha: a definida em RUBRICA_ADMIN_PASSWORD',
    ];
    console.log(`\n${lines.join('\n')}\n`);
  }

  if (await ensureBootstrapApiKey(handle.db, e.RUBRICA_BOOTSTRAP_API_KEY)) {
    console.log('Chave de API de RUBRICA_BOOTSTRAP_API_KEY criada para a primeira conta.');
  }
  // `npm run cli` reaches this server through data/admin.json (PGlite must not be opened twice).
  openAdminChannel(e.dataDir, e.PORT);

  // The sealing certificate: a bad RUBRICA_SIGNING_P12 or password stops the start; none makes one.
  const certificate = await getPlatformCertificate();
  if (certificate.selfSigned) console.warn(`\nAVISO: ${SELF_SIGNED_WARNING}\n`);
  // The server runs its own workers (the only option on PGlite); with PostgreSQL they can also run
  // elsewhere through `npm run worker`, and RUBRICA_WORKERS=0 leaves them to those.
  if (e.RUBRICA_WORKERS !== '0') {
    registerAllJobs();
    // Daily LGPD retention of identity images (lib/identity/purge-identity-images.ts).
    await scheduleIdentityPurge(handle.db);
    // Open envelopes from before the lifecycle jobs existed get their reminders and expiry.
    const backfilled = await scheduleMissingLifecycleJobs(handle.db);
    if (backfilled) console.log(`Prazos e lembretes agendados para ${backfilled} documento(s) enviados antes desta versão.`);
    const worker = runWorker({ db: handle.db });
    startSealingSweep(async () => handle.db);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.stop({ timeoutMs: 10_000 }));
  }

  console.log(
    `Rubrica pronto em ${Date.now() - started} ms · banco ${handle.driver === 'pglite' ? `embutido (${e.dataDir})` : 'PostgreSQL'} · ${e.publicUrl}`,
  );
}

/** A server that cannot boot (bad variable, locked data dir) stops with the reason, not half-up. */
export async function bootServerOrExit() {
  try {
    await bootServer();
  } catch (err) {
    console.error(`\nO Rubrica não pôde iniciar:\n${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
