import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '../env';
import { BlobStoreError, type BlobStore } from './blob-store';
import { createFsBlobStore } from './fs-blob-store';
import { getBlobStore, setBlobStore } from './get-blob-store';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

async function expectBlobError(p: Promise<unknown>, code: BlobStoreError['code']) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BlobStoreError);
  expect((err as BlobStoreError).code).toBe(code);
  return err as BlobStoreError;
}

let root: string;
let store: BlobStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rubrica-blobs-'));
  store = createFsBlobStore(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('filesystem blob store', () => {
  it('stores bytes under their SHA-256, sharded by the first two hex chars, and reads them back', async () => {
    const bytes = Buffer.from('contrato de prestação de serviços');
    const ref = await store.put(bytes);
    expect(ref).toEqual({ sha256: sha(bytes), size: bytes.length });
    expect(await listFiles(root)).toEqual([path.join(ref.sha256.slice(0, 2), ref.sha256)]);
    expect(await store.get(ref.sha256)).toEqual(bytes);
    expect(await store.has(ref.sha256)).toBe(true);
  });

  it('hashes a Uint8Array view by its own bytes, not the whole underlying buffer', async () => {
    const whole = Buffer.from('xxxxPDFyyyy');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, 3);
    const ref = await store.put(view);
    expect(ref).toEqual({ sha256: sha('PDF'), size: 3 });
    expect((await store.get(ref.sha256)).toString()).toBe('PDF');
  });

  it('treats a second put of the same content as a no-op', async () => {
    const bytes = Buffer.from('mesmo conteúdo');
    const first = await store.put(bytes);
    const file = path.join(root, first.sha256.slice(0, 2), first.sha256);
    const before = await stat(file);
    const second = await store.put(Buffer.from(bytes));
    expect(second).toEqual(first);
    const after = await stat(file);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('survives many concurrent puts of the same content: one file, no temp files left', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const refs = await Promise.all(Array.from({ length: 25 }, () => store.put(bytes)));
    expect(new Set(refs.map((r) => r.sha256)).size).toBe(1);
    expect(await listFiles(root)).toEqual([path.join(refs[0].sha256.slice(0, 2), refs[0].sha256)]);
    expect(await store.get(refs[0].sha256)).toEqual(bytes);
  });

  it('detects a flipped byte on disk and refuses to return the corrupted bytes', async () => {
    const bytes = Buffer.from('assinatura de João da Silva');
    const ref = await store.put(bytes);
    const file = path.join(root, ref.sha256.slice(0, 2), ref.sha256);
    const onDisk = await readFile(file);
    onDisk[3] ^= 0xff;
    await writeFile(file, onDisk);

    const err = await expectBlobError(store.get(ref.sha256), 'CORRUPTED');
    expect(err.message).toContain(ref.sha256);
    expect(err.message).toContain('corrompido');
  });

  it('detects a truncated file', async () => {
    const ref = await store.put(Buffer.from('um arquivo que vai ser truncado'));
    await truncate(path.join(root, ref.sha256.slice(0, 2), ref.sha256), 5);
    await expectBlobError(store.get(ref.sha256), 'CORRUPTED');
  });

  it('repairs a corrupted blob when the original content is put again', async () => {
    const bytes = Buffer.from('original');
    const ref = await store.put(bytes);
    const file = path.join(root, ref.sha256.slice(0, 2), ref.sha256);
    await writeFile(file, 'Original');
    await expectBlobError(store.get(ref.sha256), 'CORRUPTED');
    await store.put(bytes);
    expect(await store.get(ref.sha256)).toEqual(bytes);
  });

  it('reports a missing blob clearly', async () => {
    const missing = sha('nunca gravado');
    expect(await store.has(missing)).toBe(false);
    const err = await expectBlobError(store.get(missing), 'NOT_FOUND');
    expect(err.message).toContain('não encontrado');
  });

  it('deletes, and deleting twice is not an error', async () => {
    const ref = await store.put(Buffer.from('apagar'));
    await store.delete(ref.sha256);
    expect(await store.has(ref.sha256)).toBe(false);
    await store.delete(ref.sha256);
    await expectBlobError(store.get(ref.sha256), 'NOT_FOUND');
  });

  it.each([
    '../../../../etc/passwd',
    '..',
    '',
    'ab/../../escape',
    sha('x').toUpperCase(),
    sha('x').slice(0, 63),
    `${sha('x')}0`,
    `${sha('x').slice(0, 63)}/`,
    `${sha('x').slice(0, 62)}\0a`,
  ])('refuses the hash %j before touching the disk', async (bad) => {
    await expectBlobError(store.get(bad), 'INVALID_HASH');
    await expectBlobError(store.has(bad), 'INVALID_HASH');
    await expectBlobError(store.delete(bad), 'INVALID_HASH');
  });

  it('streams content in and ends with the same blob as put()', async () => {
    const parts = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    const whole = Buffer.concat(parts);
    const ref = await store.putStream(Readable.from(parts));
    expect(ref).toEqual({ sha256: sha(whole), size: whole.length });
    expect(await store.get(ref.sha256)).toEqual(whole);
    expect(await store.put(whole)).toEqual(ref);
    // Streaming content that is already stored leaves only the one file behind.
    expect(await store.putStream(Readable.from(parts))).toEqual(ref);
    expect(await listFiles(root)).toEqual([path.join(ref.sha256.slice(0, 2), ref.sha256)]);
  });

  it('stops a stream over maxBytes and keeps nothing', async () => {
    const parts = Array.from({ length: 10 }, () => Buffer.alloc(1000, 1));
    await expectBlobError(store.putStream(Readable.from(parts), { maxBytes: 4500 }), 'TOO_LARGE');
    expect(await listFiles(root)).toEqual([]);
  });

  it('keeps nothing when the stream fails half-way', async () => {
    async function* broken() {
      yield Buffer.from('começo');
      throw new Error('conexão caiu');
    }
    await expect(store.putStream(broken())).rejects.toThrow('conexão caiu');
    expect(await listFiles(root)).toEqual([]);
  });
});

describe('getBlobStore', () => {
  const previous = process.env.RUBRICA_DATA_DIR;
  afterEach(() => {
    if (previous === undefined) delete process.env.RUBRICA_DATA_DIR;
    else process.env.RUBRICA_DATA_DIR = previous;
    resetEnvCache();
    setBlobStore(undefined);
  });

  it('keeps blobs under RUBRICA_DATA_DIR/blobs and returns one store per process', async () => {
    process.env.RUBRICA_DATA_DIR = root;
    resetEnvCache();
    setBlobStore(undefined);
    const ref = await getBlobStore().put(Buffer.from('no diretório de dados'));
    expect(getBlobStore()).toBe(getBlobStore());
    expect(await listFiles(root)).toEqual([
      path.join('blobs', ref.sha256.slice(0, 2), ref.sha256),
    ]);
  });
});
