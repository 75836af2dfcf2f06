import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { contractTemplates, documentTypes } from '../db/schema';
import { findTemplateProblems } from '../documents/validate-template';
import { AppError, isUniqueViolation, notFound } from '../errors';
import { NAME_SLASH_MESSAGE, type TemplateKind } from './schemas';

/** "o modelo de contrato X" / "o termo X": how activity summaries and messages name a template. */
export const kindNoun: Record<TemplateKind, string> = { contract: 'modelo de contrato', term: 'termo' };
/** The activity log's entity type of each kind. */
export const kindEntity: Record<TemplateKind, string> = { contract: 'contract_template', term: 'term' };

/** The template of the actor's account, locked for the rest of the transaction; another account's is "not found". */
export async function lockTemplate(tx: Tx, actor: Pick<Actor, 'accountId'>, templateId: string) {
  const [row] = await tx
    .select()
    .from(contractTemplates)
    .where(and(eq(contractTemplates.id, templateId), eq(contractTemplates.accountId, actor.accountId)))
    .for('update');
  if (!row) throw notFound('Modelo');
  return row;
}

/** The document type must be one of the same account; returns its name. */
export async function assertOwnDocumentType(tx: Tx, accountId: string, documentTypeId: string | null) {
  if (!documentTypeId) return null;
  const [row] = await tx
    .select({ name: documentTypes.name })
    .from(documentTypes)
    .where(and(eq(documentTypes.id, documentTypeId), eq(documentTypes.accountId, accountId)));
  if (!row) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'Corrija os campos destacados.',
      fields: { documentTypeId: ['Tipo de documento não encontrado nesta conta.'] },
    });
  }
  return row.name;
}

/**
 * The schemas refuse unknown variables already; the use-cases check again so no caller (script,
 * API, a future import) can store a template that would fail when a contract is generated.
 */
export function assertTemplateSource(source: string) {
  const problems = findTemplateProblems(source);
  if (problems.length > 0) {
    throw new AppError('INVALID_INPUT', { userMessage: problems.join(' '), fields: { source: problems } });
  }
}

export function assertTemplateName(name: string) {
  if (name.includes('/')) {
    throw new AppError('INVALID_INPUT', { userMessage: NAME_SLASH_MESSAGE, fields: { name: [NAME_SLASH_MESSAGE] } });
  }
}

export function templateNameConflict(err: unknown, kind: TemplateKind) {
  if (isUniqueViolation(err, 'contract_templates_account_kind_name_key')) {
    const message = kind === 'contract' ? 'Já existe um modelo de contrato com este nome.' : 'Já existe um termo com este nome.';
    return new AppError('CONFLICT', { userMessage: message, fields: { name: [message] } });
  }
  return err;
}
