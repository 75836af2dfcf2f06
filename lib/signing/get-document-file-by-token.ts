import 'server-only';
import { getDb } from '../db/client';
import { isEnvelopeSigned } from '../envelopes/schemas';
import { recordDocumentDownload } from '../evidence/record-document-download';
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
export async function getDocumentFileByToken(
  token: string,
  documentId: string,
  session: string | null | undefined,
  req: SignerRequest,
  opts: { download?: boolean } = {},
): Promise<SignerDocumentFile> {
  const { recipient, envelope, documents } = await requireRecipientByToken(token, req);
  const finished = isEnvelopeSigned(envelope.status) && (recipient.status === 'signed' || recipient.action === 'copy');
  if (!finished) requireSignerSession(session, recipient);
  const document = documents.find((d) => d.id === documentId);
  if (!document) throw new AppError('NOT_FOUND', { userMessage: 'Documento não encontrado.' });
  const file = await readDocumentFile(document);
  // Reading in the portal is recorded as views; taking the file away is a download.
  if (opts.download) {
    await recordDocumentDownload(await getDb(), {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      documents: [{ id: document.id, name: document.name, version: file.sealed ? 'sealed' : 'original', sha256: file.sealed ? document.sealedSha256! : document.sha256 }],
      via: 'signer_link',
      actorType: 'signer',
      recipientId: recipient.id,
      ...req,
    });
  }
  return file;
}
