import 'server-only';
import { eq } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes, signerAttachments } from '../db/schema';
import { AppError } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { getBlobStore } from '../storage/get-blob-store';
import { ATTACHMENT_SIZE_MESSAGE, ATTACHMENT_TYPE_MESSAGE, MAX_ATTACHMENT_BYTES, attachmentFileName, detectAttachmentType } from './attachment-file';
import { isOpenForSigning } from './policy';
import { requireSignerSession } from './require-signer-session';
import { requireRecipientByToken } from './resolve-token';
import { evidenceOf, type SignerRequest } from './signer-request';

export type UploadAttachmentInput = {
  session: string | null | undefined;
  /** AttachmentRequest.id on the recipient. */
  requestId: string;
  fileName: string;
  bytes: Uint8Array;
};

export type UploadedAttachment = { requestId: string; name: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

const invalid = (message: string) => new AppError('INVALID_INPUT', { userMessage: message, fields: { file: [message] } });

/**
 * "Anexos": the signer uploads the file a request asks for. PDF/JPEG/PNG by content, ≤ 10 MB;
 * until they sign, a new upload replaces the previous one. Every upload goes on the evidence trail
 * ('attachment.uploaded', with the file's SHA-256).
 */
export async function uploadAttachmentByToken(token: string, input: UploadAttachmentInput, req: SignerRequest): Promise<UploadedAttachment> {
  const { recipient } = await requireRecipientByToken(token, req);
  requireSignerSession(input.session, recipient);
  const request = recipient.attachmentRequests.find((a) => a.id === input.requestId);
  if (!request) throw invalid('Este anexo não foi pedido neste documento.');
  if (input.bytes.byteLength === 0) throw invalid('O arquivo está vazio.');
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw invalid(ATTACHMENT_SIZE_MESSAGE);
  const contentType = detectAttachmentType(input.bytes);
  if (!contentType) throw invalid(ATTACHMENT_TYPE_MESSAGE);

  const ref = await getBlobStore().put(input.bytes);
  const fileName = attachmentFileName(input.fileName, contentType);
  const at = now();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [envelope] = await tx.select().from(envelopes).where(eq(envelopes.id, recipient.envelopeId)).for('no key update');
    const [me] = await tx.select({ status: envelopeRecipients.status }).from(envelopeRecipients).where(eq(envelopeRecipients.id, recipient.id));
    if (!envelope || !isOpenForSigning(envelope.status, envelope.expiresAt, at) || !me || me.status === 'signed' || me.status === 'declined') {
      throw new AppError('INVALID_STATE', { userMessage: me?.status === 'signed' ? 'Você já assinou este documento; os anexos não podem mais ser trocados.' : 'Este documento não está mais aberto para assinatura.' });
    }
    const row = { name: request.name, fileName, contentType, sha256: ref.sha256, sizeBytes: ref.size, uploadedAt: at };
    await tx
      .insert(signerAttachments)
      .values({ accountId: envelope.accountId, envelopeId: envelope.id, recipientId: recipient.id, requestId: request.id, ...row })
      .onConflictDoUpdate({ target: [signerAttachments.recipientId, signerAttachments.requestId], set: row });
    await recordEnvelopeEvent(tx, {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      type: 'attachment.uploaded',
      recipientId: recipient.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: { requestId: request.id, name: request.name, required: request.required, fileName, contentType, sizeBytes: ref.size, sha256: ref.sha256 },
      occurredAt: at,
    });
  });
  return { requestId: request.id, name: request.name, fileName, contentType, sizeBytes: ref.size, sha256: ref.sha256 };
}
