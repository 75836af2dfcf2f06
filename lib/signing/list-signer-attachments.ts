import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '../db/client';
import { signerAttachments } from '../db/schema';
import type { ResolvedSigner } from './resolve-token';

export type SignerAttachment = typeof signerAttachments.$inferSelect;

/** The files one recipient has uploaded so far ("anexos"), one per request. */
export async function listRecipientAttachments(db: Db | Tx, envelopeId: string, recipientId: string): Promise<SignerAttachment[]> {
  return db
    .select()
    .from(signerAttachments)
    .where(and(eq(signerAttachments.envelopeId, envelopeId), eq(signerAttachments.recipientId, recipientId)));
}

/** The uploads of the signer a link resolved to. */
export async function listSignerAttachmentsOf(signer: ResolvedSigner): Promise<SignerAttachment[]> {
  return listRecipientAttachments(await getDb(), signer.envelope.id, signer.recipient.id);
}
