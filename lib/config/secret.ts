import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '../env';

let cached: Buffer | undefined;

/**
 * The installation's master secret: RUBRICA_SECRET, or a random one generated into the data dir on
 * first start (mode 0600) so a restart keeps sessions and encrypted data readable.
 */
export function masterSecret(): Buffer {
  if (cached) return cached;
  const { RUBRICA_SECRET, dataDir } = env();
  if (RUBRICA_SECRET) {
    cached = createHash('sha256').update(RUBRICA_SECRET).digest();
    return cached;
  }
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, randomBytes(32).toString('base64'), { mode: 0o600 });
    try {
      fs.linkSync(tmp, file); // fails if another process won the race; then use theirs
    } catch {
      /* keep the existing one */
    }
    fs.rmSync(tmp, { force: true });
  }
  cached = createHash('sha256').update(fs.readFileSync(file, 'utf8').trim()).digest();
  return cached;
}

const derived = new Map<string, Buffer>();

/** A key for one purpose ("nextauth", "encryption", ...), so no two uses share key material. Derived once per process. */
export function deriveKey(purpose: string, length = 32): Buffer {
  const id = `${length}:${purpose}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterSecret(), Buffer.alloc(0), `rubrica:${purpose}`, length));
    derived.set(id, key);
  }
  return key;
}
