import 'server-only';
import { isEnvelopeSigned } from '../envelopes/schemas';
import { AppError } from '../errors';
import { requireSignerSession } from './require-signer-session';
import { requireRecipientByToken } from './resolve-token';
import { readDocumentFile, type SignerDocumentFile } from './read-document-file';
import type { SignerRequest } from './signer-request';

export type { SignerDocumentFile };

/**
 * One document of the signer's envelope, as a file. While signing, it needs the signer session
 * (the proven code). Once the envelope is completed, the link alone opens the copy for whoever
 * signed it or receives a copy — "the signed PDF is downloadable from the same link" — and the
 * copy is the sealed PDF once the sealing job has written it, the original until then.
 */
export async function getDocumentFileByToken(token: string, documentId: string, session: string | null | undefined, req: SignerRequest): Promise<SignerDocumentFile> {
  const { recipient, envelope, documents } = await requireRecipientByToken(token, req);
  const finished = isEnvelopeSigned(envelope.status) && (recipient.status === 'signed' || recipient.action === 'copy');
  if (!finished) requireSignerSession(session, recipient);
  const document = documents.find((d) => d.id === documentId);
  if (!document) throw new AppError('NOT_FOUND', { userMessage: 'Documento não encontrado.' });
  return readDocumentFile(document);
}
