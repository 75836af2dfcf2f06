import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  assertSha256Hex,
  BlobStoreError,
  type BlobRef,
  type BlobStore,
  type PutStreamOptions,
} from './blob-store';

// Blobs hold signed contracts, ID photos and selfies: readable by the app's user only.
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;
const TMP_PREFIX = '.tmp-';

function isErrno(err: unknown, ...codes: string[]) {
  return codes.includes((err as NodeJS.ErrnoException)?.code ?? '');
}

function toBuffer(bytes: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tmpName(label: string) {
  return `${TMP_PREFIX}${label}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Without it a crash right after rename() can lose the new directory entry on some filesystems. */
async function fsyncDir(dir: string) {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    if (!isErrno(err, 'EISDIR', 'EINVAL', 'EPERM', 'EBADF')) throw err;
  } finally {
    await fh?.close();
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Files under `<rootDir>/<first two hex chars>/<sha256>`. Writes go to a temp file, are fsynced and
 * then renamed over the final name, so a reader sees either nothing or the whole file, and two
 * concurrent puts of the same content both succeed with identical bytes.
 */
export function createFsBlobStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);

  const pathFor = (sha256: string) => {
    assertSha256Hex(sha256);
    return path.join(root, sha256.slice(0, 2), sha256);
  };

  // A put of content already stored is a no-op, unless the stored copy is damaged: then the
  // new bytes repair it (re-uploading the original is how someone would fix a corrupted blob).
  const holdsIntact = async (file: string, sha256: string, size: number) => {
    try {
      if ((await stat(file)).size !== size) return false;
      return (await hashFile(file)) === sha256;
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return false;
      throw err;
    }
  };

  const publish = async (tmp: string, sha256: string) => {
    const final = pathFor(sha256);
    const dir = path.dirname(final);
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    await rename(tmp, final);
    await fsyncDir(dir);
  };

  return {
    async put(bytes) {
      const buf = toBuffer(bytes);
      const sha256 = createHash('sha256').update(buf).digest('hex');
      const ref: BlobRef = { sha256, size: buf.length };
      const final = pathFor(sha256);
      if (await holdsIntact(final, sha256, buf.length)) return ref;

      const dir = path.dirname(final);
      await mkdir(dir, { recursive: true, mode: DIR_MODE });
      const tmp = path.join(dir, tmpName(sha256.slice(0, 8)));
      try {
        const fh = await open(tmp, 'wx', FILE_MODE);
        try {
          await fh.writeFile(buf);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await publish(tmp, sha256);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      return ref;
    },

    async putStream(stream: Readable | AsyncIterable<Uint8Array>, opts: PutStreamOptions = {}) {
      // The hash (hence the shard folder) is only known at the end: stage in a folder of the
      // same filesystem so the final rename stays atomic.
      const tmpDir = path.join(root, '.tmp');
      await mkdir(tmpDir, { recursive: true, mode: DIR_MODE });
      const tmp = path.join(tmpDir, tmpName('stream'));
      const hash = createHash('sha256');
      let size = 0;
      try {
        const fh = await open(tmp, 'wx', FILE_MODE);
        try {
          for await (const chunk of stream) {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk) : toBuffer(chunk);
            size += buf.length;
            if (opts.maxBytes !== undefined && size > opts.maxBytes) {
              throw new BlobStoreError(
                'TOO_LARGE',
                `Arquivo maior que o limite de ${opts.maxBytes} bytes.`,
              );
            }
            hash.update(buf);
            await fh.write(buf);
          }
          await fh.sync();
        } finally {
          await fh.close();
        }
        const sha256 = hash.digest('hex');
        if (await holdsIntact(pathFor(sha256), sha256, size)) {
          await rm(tmp, { force: true });
        } else {
          await publish(tmp, sha256);
        }
        return { sha256, size };
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    },

    async get(sha256) {
      const file = pathFor(sha256);
      let buf: Buffer;
      try {
        buf = await readFile(file);
      } catch (err) {
        if (isErrno(err, 'ENOENT')) {
          throw new BlobStoreError('NOT_FOUND', `Arquivo ${sha256} não encontrado no armazenamento.`);
        }
        throw err;
      }
      const actual = createHash('sha256').update(buf).digest('hex');
      if (actual !== sha256) {
        throw new BlobStoreError(
          'CORRUPTED',
          `Arquivo ${sha256} corrompido no armazenamento (${file}): o conteúdo lido tem hash ` +
            `${actual} e ${buf.length} bytes. Restaure-o de um backup.`,
        );
      }
      return buf;
    },

    async has(sha256) {
      try {
        return (await stat(pathFor(sha256))).isFile();
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return false;
        throw err;
      }
    },

    async delete(sha256) {
      await rm(pathFor(sha256), { force: true });
    },
  };
}
