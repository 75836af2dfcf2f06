import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { contractStages, documentTypes } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';

export const stageNotFound = () => new AppError('NOT_FOUND', { userMessage: 'Situação do contrato não encontrada.' });

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', { userMessage: 'Corrija os campos destacados.', fields: { [field]: [message] } });

/** Loads and row-locks a stage of the account; another account's id is "not found". */
export async function lockStage(tx: Tx, accountId: string, stageId: string) {
  const [row] = await tx
    .select()
    .from(contractStages)
    .where(and(eq(contractStages.id, stageId), eq(contractStages.accountId, accountId)))
    .for('update');
  if (!row) throw stageNotFound();
  return row;
}

/** The required types must all be of this account; returns their names in order. */
export async function assertOwnDocumentTypes(tx: Tx, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  const rows = await tx
    .select({ id: documentTypes.id, name: documentTypes.name })
    .from(documentTypes)
    .where(and(eq(documentTypes.accountId, accountId), inArray(documentTypes.id, ids)))
    .orderBy(asc(documentTypes.name));
  if (rows.length !== ids.length) throw invalid('documentTypeIds', 'Tipo de documento não encontrado nesta conta.');
  return rows.map((r) => r.name);
}

/** The next stage must be another stage of this account; returns its name. */
export async function assertNextStage(tx: Tx, accountId: string, nextStageId: string | null, selfId?: string) {
  if (!nextStageId) return null;
  if (nextStageId === selfId) throw invalid('nextStageId', 'A próxima situação precisa ser outra situação.');
  const [row] = await tx
    .select({ name: contractStages.name })
    .from(contractStages)
    .where(and(eq(contractStages.id, nextStageId), eq(contractStages.accountId, accountId)));
  if (!row) throw invalid('nextStageId', 'Situação não encontrada nesta conta.');
  return row.name;
}

export function stageNameConflict(err: unknown) {
  if (isUniqueViolation(err, 'contract_stages_account_name_key')) {
    const message = 'Já existe uma situação com este nome.';
    return new AppError('CONFLICT', { userMessage: message, fields: { name: [message] } });
  }
  return err;
}

export function describeStage(name: string, required: string[], next: string | null) {
  const parts = [required.length ? `exige ${required.join(', ')}` : 'não exige documentos', next ? `segue para ${next}` : null];
  return `${name} (${parts.filter(Boolean).join('; ')})`;
}
