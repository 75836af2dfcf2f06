import 'server-only';
import type { envelopeDocuments } from '../db/schema';
import { getBlobStore } from '../storage/get-blob-store';

export type SignerDocumentFile = { bytes: Buffer; fileName: string; sealed: boolean };

/** The file a signer downloads: the sealed PDF once the sealing job wrote it, the original until then. */
export async function readDocumentFile(document: Pick<typeof envelopeDocuments.$inferSelect, 'name' | 'sha256' | 'sealedSha256'>): Promise<SignerDocumentFile> {
  const base = document.name.replace(/\.pdf$/i, '');
  if (document.sealedSha256) {
    return { bytes: await getBlobStore().get(document.sealedSha256), fileName: `${base} (assinado).pdf`, sealed: true };
  }
  return { bytes: await getBlobStore().get(document.sha256), fileName: `${base}.pdf`, sealed: false };
}
