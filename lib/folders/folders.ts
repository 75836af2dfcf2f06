import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { envelopeApiDetails, folders, signerRoles } from '../db/schema';
import { AppError, forbidden, isUniqueViolation, notFound } from '../errors';

// Pastas and papéis are small account records integrators refer to by id (pastas) or name
// (papéis), so they live together: list, create, delete, each logged.

export async function listFolders(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db.select({ id: folders.id, name: folders.name, createdAt: folders.createdAt }).from(folders).where(eq(folders.accountId, actor.accountId)).orderBy(asc(folders.name));
}

export async function listSignerRoles(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db.select({ id: signerRoles.id, name: signerRoles.name }).from(signerRoles).where(eq(signerRoles.accountId, actor.accountId)).orderBy(asc(signerRoles.name));
}

function duplicate(what: string, name: string) {
  return new AppError('CONFLICT', { userMessage: `Já existe ${what} "${name}".`, fields: { name: [`Já existe ${what} com este nome.`] } });
}

export async function createFolder(actor: Actor, input: { name: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(folders).values({ accountId: actor.accountId, name: input.name }).returning({ id: folders.id });
      await recordActivity(tx, actor, { action: 'folder.created', entityType: 'folder', entityId: row.id, summary: `Criou a pasta "${input.name}"` });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'folders_account_name_key')) throw duplicate('uma pasta', input.name);
    throw err;
  }
}

export async function deleteFolder(actor: Actor, input: { id: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [{ used }] = await tx.select({ used: count() }).from(envelopeApiDetails).where(and(eq(envelopeApiDetails.accountId, actor.accountId), eq(envelopeApiDetails.folderId, input.id)));
    if (used > 0) {
      throw new AppError('CONFLICT', { userMessage: `Esta pasta guarda ${used} ${used === 1 ? 'envelope' : 'envelopes'} e não pode ser excluída.` });
    }
    const [row] = await tx.delete(folders).where(and(eq(folders.id, input.id), eq(folders.accountId, actor.accountId))).returning({ name: folders.name });
    if (!row) throw notFound('Pasta');
    await recordActivity(tx, actor, { action: 'folder.deleted', entityType: 'folder', entityId: input.id, summary: `Excluiu a pasta "${row.name}"` });
  });
}

export async function createSignerRole(actor: Actor, input: { name: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(signerRoles).values({ accountId: actor.accountId, name: input.name }).returning({ id: signerRoles.id });
      await recordActivity(tx, actor, { action: 'signer_role.created', entityType: 'signer_role', entityId: row.id, summary: `Criou o papel de signatário "${input.name}"` });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'signer_roles_account_name_key')) throw duplicate('um papel', input.name);
    throw err;
  }
}

export async function deleteSignerRole(actor: Actor, input: { id: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(signerRoles).where(and(eq(signerRoles.id, input.id), eq(signerRoles.accountId, actor.accountId))).returning({ name: signerRoles.name });
    if (!row) throw notFound('Papel');
    await recordActivity(tx, actor, { action: 'signer_role.deleted', entityType: 'signer_role', entityId: input.id, summary: `Excluiu o papel de signatário "${row.name}"` });
  });
}
