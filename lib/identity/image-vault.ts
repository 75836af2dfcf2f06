import 'server-only';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { openBytes, sealBytes } from '../crypto/secret-box';
import { env } from '../env';
import type { BlobStore } from '../storage/blob-store';
import { createFsBlobStore } from '../storage/fs-blob-store';

// Identity images live in their own store (RUBRICA_DATA_DIR/identity-blobs), apart from the
// documents, encrypted: a copy of the blobs folder or a backup shows no face. They are never
// logged; only their SHA-256 appears in evidence and lists.

export type ImageKind = 'selfie' | 'document' | 'document_back';

type Holder = { __rubricaIdentityStore?: BlobStore };
const holder = globalThis as Holder;

export function identityBlobStore(): BlobStore {
  holder.__rubricaIdentityStore ??= createFsBlobStore(path.join(env().dataDir, 'identity-blobs'));
  return holder.__rubricaIdentityStore;
}

/** Tests install a store of their own. */
export function setIdentityBlobStore(store: BlobStore | undefined) {
  holder.__rubricaIdentityStore = store;
}

// Bound to the proof and the kind: a ciphertext copied onto another proof does not open.
const purpose = (proofId: string, kind: ImageKind) => `identity-image:${proofId}:${kind}`;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Stores the image sealed; returns the plain image's SHA-256 (evidence) and the ciphertext's key. */
export async function storeIdentityImage(proofId: string, kind: ImageKind, image: Uint8Array): Promise<{ sha256: string; blob: string }> {
  const ref = await identityBlobStore().put(sealBytes(image, purpose(proofId, kind)));
  return { sha256: sha256Hex(image), blob: ref.sha256 };
}

export async function readIdentityImage(proofId: string, kind: ImageKind, blob: string): Promise<Buffer> {
  return openBytes(await identityBlobStore().get(blob), purpose(proofId, kind));
}

export async function deleteIdentityImage(blob: string | null | undefined) {
  if (blob) await identityBlobStore().delete(blob);
}
