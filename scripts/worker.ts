// `npm run worker`: job workers in a process of their own, for set-ups where several app servers
// share one PostgreSQL. The embedded PGlite is single-process, so there the server runs its own
// workers and this script refuses to start.
//
//   npm run worker -- [--concurrency=4] [--types=notify.send-email,pdf.seal]
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../lib/db/client';
import { env } from '../lib/env';
import { startSealingSweep } from '../lib/evidence/requeue-stuck-sealing';
import { registerAllJobs } from '../lib/jobs/handlers';
import { registeredJobTypes } from '../lib/jobs/registry';
import { runWorker } from '../lib/jobs/run-worker';

const STOP_GRACE_MS = 30_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}

let databaseUrl: string | undefined;
try {
  databaseUrl = env().DATABASE_URL;
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
if (!databaseUrl) {
  fail(
    'O worker separado precisa de um PostgreSQL: defina DATABASE_URL (postgres://…). ' +
      'Com o banco embutido (PGlite, sem DATABASE_URL) as tarefas rodam dentro do próprio servidor ' +
      '(npm start), e um segundo processo no mesmo diretório de dados perderia gravações.',
  );
}

const concurrencyFlag = flag('concurrency');
const concurrency = concurrencyFlag === undefined ? 4 : Number(concurrencyFlag);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
  fail('--concurrency deve ser um número inteiro entre 1 e 64.');
}

registerAllJobs();
const registered = registeredJobTypes();
const typesFlag = flag('types');
const types = typesFlag?.split(',').map((t) => t.trim()).filter(Boolean);
const unknown = types?.filter((t) => !registered.includes(t)) ?? [];
if (unknown.length) {
  fail(`Tipos de tarefa desconhecidos: ${unknown.join(', ')}. Registrados: ${registered.join(', ') || 'nenhum'}.`);
}

const db = await getDb();
try {
  await db.execute(sql`select 1 from jobs limit 1`);
} catch (err) {
  await closeDb().catch(() => {});
  const code = ((err as { cause?: { code?: string } }).cause ?? (err as { code?: string }))?.code;
  fail(
    code === '42P01'
      ? 'A tabela de tarefas não existe neste banco: rode `npm run db:migrate` (ou inicie o servidor) antes do worker.'
      : `Não foi possível conectar ao PostgreSQL de DATABASE_URL: ${(err as Error).message}`,
  );
}

const worker = runWorker({ db, concurrency, types });
const stopSweep = startSealingSweep(async () => db);
const running = types ?? registered;
console.log(
  `Worker ${worker.id} iniciado (concorrência ${concurrency}); tipos: ` +
    `${running.length ? running.join(', ') : 'nenhum registrado ainda (nada a fazer por enquanto)'}.`,
);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) {
    console.error(`${signal} de novo: encerrando sem esperar as tarefas (elas voltam para a fila depois).`);
    process.exit(1);
  }
  stopping = true;
  const busy = worker.inFlight();
  console.log(
    `${signal} recebido: parando o worker` +
      (busy ? `, aguardando ${busy} tarefa(s) em andamento (até ${STOP_GRACE_MS / 1000} s)…` : '…'),
  );
  try {
    stopSweep();
    await worker.stop({ timeoutMs: STOP_GRACE_MS });
    await closeDb();
    console.log('Worker encerrado.');
    process.exit(0);
  } catch (err) {
    console.error('Erro ao encerrar o worker:', err);
    process.exit(1);
  }
}
process.on('SIGINT', (s) => void shutdown(s));
process.on('SIGTERM', (s) => void shutdown(s));
