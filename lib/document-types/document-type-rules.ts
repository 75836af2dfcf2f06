import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { documentTypes } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';

export const documentTypeNotFound = () => new AppError('NOT_FOUND', { userMessage: 'Tipo de documento não encontrado.' });

/** Loads and row-locks a document type of the account; another account's id is "not found". */
export async function lockDocumentType(tx: Tx, accountId: string, documentTypeId: string) {
  const [row] = await tx
    .select()
    .from(documentTypes)
    .where(and(eq(documentTypes.id, documentTypeId), eq(documentTypes.accountId, accountId)))
    .for('update');
  if (!row) throw documentTypeNotFound();
  return row;
}

export function documentTypeNameConflict(err: unknown) {
  if (isUniqueViolation(err, 'document_types_account_name_key')) {
    const message = 'Já existe um tipo de documento com este nome.';
    return new AppError('CONFLICT', { userMessage: message, fields: { name: [message] } });
  }
  return err;
}
