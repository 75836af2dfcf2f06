import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { readDocumentFile, type SignerDocumentFile } from '../signing/read-document-file';
import { requireSpaceSession } from './list-space-envelopes';

const notFound = () => new AppError('NOT_FOUND', { userMessage: 'Documento não encontrado.' });

/** A document of an envelope addressed to the session's CPF: sealed when ready, the original before. */
export async function getSpaceDocumentFile(sessionValue: string | null | undefined, recipientId: string, documentId: string): Promise<SignerDocumentFile> {
  const { cpf } = requireSpaceSession(sessionValue);
  const db = await getDb();
  const [row] = await db
    .select({ document: envelopeDocuments, status: envelopes.status })
    .from(envelopeRecipients)
    .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
    .innerJoin(envelopeDocuments, and(eq(envelopeDocuments.envelopeId, envelopes.id), eq(envelopeDocuments.id, documentId)))
    .where(and(eq(envelopeRecipients.id, recipientId), eq(envelopeRecipients.cpf, cpf)))
    .limit(1);
  if (!row || row.status === 'draft' || row.status === 'cancelled') throw notFound();
  return readDocumentFile(row.document);
}
