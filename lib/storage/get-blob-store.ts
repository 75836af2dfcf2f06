import 'server-only';
import path from 'node:path';
import { env } from '../env';
import type { BlobStore } from './blob-store';
import { createFsBlobStore } from './fs-blob-store';

type Holder = { __rubricaBlobStore?: BlobStore };
const holder = globalThis as Holder;

/** The blob store of this process: files under RUBRICA_DATA_DIR/blobs. */
export function getBlobStore(): BlobStore {
  holder.__rubricaBlobStore ??= createFsBlobStore(path.join(env().dataDir, 'blobs'));
  return holder.__rubricaBlobStore;
}

/** Tests (and later an S3-backed set-up) install their own store. */
export function setBlobStore(store: BlobStore | undefined) {
  holder.__rubricaBlobStore = store;
}
