import type { Readable } from 'node:stream';

/** What a stored blob is known by: its SHA-256 (lowercase hex) and its size in bytes. */
export type BlobRef = { sha256: string; size: number };

export type PutStreamOptions = {
  /** Aborts the upload (nothing is kept) once more than this many bytes arrive. */
  maxBytes?: number;
};

/**
 * Content-addressed blob storage. The filesystem store is the first implementation; an
 * S3-compatible store can implement the same contract (key = sha256) for multi-server set-ups.
 */
export type BlobStore = {
  /** Stores the bytes; storing content that is already there is a no-op. */
  put(bytes: Buffer | Uint8Array): Promise<BlobRef>;
  /** Same as put() without holding the whole file in memory. */
  putStream(
    stream: Readable | AsyncIterable<Uint8Array>,
    opts?: PutStreamOptions,
  ): Promise<BlobRef>;
  /** The bytes, verified against the hash: throws BlobStoreError NOT_FOUND or CORRUPTED. */
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
  /** Removes the blob; deleting a blob that is not there is not an error. */
  delete(sha256: string): Promise<void>;
};

export type BlobStoreErrorCode = 'INVALID_HASH' | 'NOT_FOUND' | 'CORRUPTED' | 'TOO_LARGE';

export class BlobStoreError extends Error {
  readonly code: BlobStoreErrorCode;

  constructor(code: BlobStoreErrorCode, message: string) {
    super(message);
    this.name = 'BlobStoreError';
    this.code = code;
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** Hashes become file names: anything but 64 lowercase hex chars could escape the store's folder. */
export function assertSha256Hex(value: unknown): asserts value is string {
  if (!isSha256Hex(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
    throw new BlobStoreError(
      'INVALID_HASH',
      `Hash de arquivo inválido: ${shown} (esperado SHA-256 com 64 caracteres hexadecimais minúsculos).`,
    );
  }
}
