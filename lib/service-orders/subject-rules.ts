import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { serviceOrderSubjects } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';

export const subjectNotFound = () => new AppError('NOT_FOUND', { userMessage: 'Assunto de O.S. não encontrado.' });

export async function lockSubject(tx: Tx, accountId: string, subjectId: string) {
  const [row] = await tx
    .select()
    .from(serviceOrderSubjects)
    .where(and(eq(serviceOrderSubjects.id, subjectId), eq(serviceOrderSubjects.accountId, accountId)))
    .for('update');
  if (!row) throw subjectNotFound();
  return row;
}

export function subjectNameConflict(err: unknown) {
  if (isUniqueViolation(err, 'service_order_subjects_account_name_key')) {
    const message = 'Já existe um assunto com este nome.';
    return new AppError('CONFLICT', { userMessage: message, fields: { name: [message] } });
  }
  return err;
}
