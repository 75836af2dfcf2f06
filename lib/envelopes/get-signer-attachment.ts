import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { signerAttachments } from '../db/schema';
import { notFound } from '../errors';
import { getBlobStore } from '../storage/get-blob-store';

/** A file a signer uploaded ("anexos"), for staff of the envelope's account. */
export async function getSignerAttachment(actor: Pick<Actor, 'accountId'>, envelopeId: string, attachmentId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(signerAttachments)
    .where(and(eq(signerAttachments.accountId, actor.accountId), eq(signerAttachments.envelopeId, envelopeId), eq(signerAttachments.id, attachmentId)));
  if (!row) throw notFound('Anexo');
  return { bytes: await getBlobStore().get(row.sha256), fileName: row.fileName, contentType: row.contentType };
}
