// `npm run cli -- api-key create --account <slug> --name <name> [--scopes a,b] [--rate-limit N]`
// With a server running on the embedded PGlite (its data-dir lock names a live process), the command
// goes through that server (/api/internal/admin, token from data/admin.json): PGlite is
// single-process and must never be opened twice. With no server, or with PostgreSQL, it runs here.
import fs from 'node:fs';
import path from 'node:path';
import { readAdminChannel } from '../lib/admin/admin-channel';
import type { AdminCommand } from '../lib/admin/run-admin-command';
import { env } from '../lib/env';

const usage = `Uso:
  npm run cli -- api-key create --account <slug-da-conta> --name <nome> [--scopes envelopes:write,envelopes:read,webhooks] [--rate-limit <por minuto>]`;

function parse(argv: string[]): AdminCommand {
  const [area, verb, ...rest] = argv;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(rest[i]);
    if (!m) throw new Error(`Argumento inesperado: ${rest[i]}\n${usage}`);
    flags[m[1]] = m[2] ?? rest[++i] ?? '';
  }
  if (area !== 'api-key' || verb !== 'create') throw new Error(usage);
  if (!flags.account || !flags.name) throw new Error(`Informe --account e --name.\n${usage}`);
  return {
    command: 'api-key.create',
    account: flags.account,
    name: flags.name,
    scopes: flags.scopes ? flags.scopes.split(',').map((s) => s.trim()) : undefined,
    rateLimitPerMinute: flags['rate-limit'] ? Number(flags['rate-limit']) : undefined,
  };
}

function serverOwnsDataDir(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function viaServer(dataDir: string, cmd: AdminCommand) {
  const channel = readAdminChannel(dataDir);
  if (!channel) throw new Error(`O servidor está com o banco embutido aberto, mas ${path.join(dataDir, 'admin.json')} não existe. Espere o servidor terminar de iniciar.`);
  const res = await fetch(`${channel.url}/api/internal/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rubrica-admin-token': channel.token },
    body: JSON.stringify(cmd),
  });
  const body = (await res.json()) as { key?: string; prefix?: string; error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `O servidor respondeu ${res.status}.`);
  return body as { key: string; prefix: string };
}

async function locally(cmd: AdminCommand) {
  const { closeDb, getDbHandle } = await import('../lib/db/client');
  const { migrateDatabase } = await import('../lib/db/migrate');
  const { runAdminCommand } = await import('../lib/admin/run-admin-command');
  const handle = await getDbHandle();
  try {
    await migrateDatabase(handle);
    return (await runAdminCommand(handle.db, cmd)) as { key: string; prefix: string };
  } finally {
    await closeDb();
  }
}

try {
  const cmd = parse(process.argv.slice(2));
  const e = env();
  const result = !e.DATABASE_URL && serverOwnsDataDir(e.dataDir) ? await viaServer(e.dataDir, cmd) : await locally(cmd);
  // The key alone on stdout, for scripts; the advice on stderr.
  console.error(`Chave de API "${cmd.name}" criada (${result.prefix}…). Guarde-a agora: ela não será exibida de novo.`);
  console.log(result.key);
} catch (err) {
  console.error((err as { userMessage?: string }).userMessage ?? (err instanceof Error ? err.message : String(err)));
  process.exit(1);
}
