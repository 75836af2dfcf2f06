import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { recordDocumentDownload } from '../evidence/record-document-download';
import { readDocumentFile, type SignerDocumentFile } from '../signing/read-document-file';
import type { SignerRequest } from '../signing/signer-request';
import { requireSpaceSession } from './list-space-envelopes';

const notFound = () => new AppError('NOT_FOUND', { userMessage: 'Documento não encontrado.' });

/** A document of an envelope addressed to the session's CPF: sealed when ready, the original before. */
export async function getSpaceDocumentFile(sessionValue: string | null | undefined, recipientId: string, documentId: string, req: SignerRequest): Promise<SignerDocumentFile> {
  const { cpf } = requireSpaceSession(sessionValue);
  const db = await getDb();
  const [row] = await db
    .select({ document: envelopeDocuments, status: envelopes.status, accountId: envelopes.accountId })
    .from(envelopeRecipients)
    .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
    .innerJoin(envelopeDocuments, and(eq(envelopeDocuments.envelopeId, envelopes.id), eq(envelopeDocuments.id, documentId)))
    .where(and(eq(envelopeRecipients.id, recipientId), eq(envelopeRecipients.cpf, cpf)))
    .limit(1);
  if (!row || row.status === 'draft' || row.status === 'cancelled') throw notFound();
  const file = await readDocumentFile(row.document);
  const d = row.document;
  await recordDocumentDownload(db, {
    accountId: row.accountId,
    envelopeId: d.envelopeId,
    documents: [{ id: d.id, name: d.name, version: file.sealed ? 'sealed' : 'original', sha256: file.sealed ? d.sealedSha256! : d.sha256 }],
    via: 'signer_space',
    actorType: 'signer',
    recipientId,
    ...req,
  });
  return file;
}
