import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * How command-line tools reach a running server (PGlite is single-process: they must not open the
 * data dir themselves). At boot the server writes `admin.json` — its loopback URL and a fresh random
 * token — into the data dir, readable only by its owner; /api/internal/admin accepts only that token.
 */
export type AdminChannel = { url: string; token: string; pid: number };

const FILE = 'admin.json';
const holder = globalThis as { __rubricaAdminToken?: string };

export function openAdminChannel(dataDir: string, port: number): AdminChannel {
  const channel = { url: `http://127.0.0.1:${port}`, token: randomBytes(32).toString('base64url'), pid: process.pid };
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, FILE);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, JSON.stringify(channel), { mode: 0o600 });
  holder.__rubricaAdminToken = channel.token;
  process.once('exit', () => {
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as AdminChannel).pid === process.pid) fs.rmSync(file);
    } catch {
      /* gone */
    }
  });
  return channel;
}

export function readAdminChannel(dataDir: string): AdminChannel | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as AdminChannel;
  } catch {
    return null;
  }
}

export function adminTokenMatches(presented: string | null): boolean {
  const expected = holder.__rubricaAdminToken;
  if (!expected || !presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
