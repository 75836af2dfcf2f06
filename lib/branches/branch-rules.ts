import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { integrations } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';

/** The integration a branch links to must be one of the same account; returns its description. */
export async function assertOwnIntegration(tx: Tx, accountId: string, integrationId: string | null) {
  if (!integrationId) return null;
  const [row] = await tx
    .select({ description: integrations.description })
    .from(integrations)
    .where(and(eq(integrations.id, integrationId), eq(integrations.accountId, accountId)));
  if (!row) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'Corrija os campos destacados.',
      fields: { integrationId: ['Integração não encontrada nesta conta.'] },
    });
  }
  return row.description;
}

export function branchNameConflict(err: unknown) {
  if (isUniqueViolation(err, 'branches_account_name_key')) {
    return new AppError('CONFLICT', {
      userMessage: 'Já existe uma filial com este nome.',
      fields: { name: ['Já existe uma filial com este nome.'] },
    });
  }
  return err;
}
