import 'server-only';
import { and, desc, eq, gte, ilike, inArray, lt, lte, or } from 'drizzle-orm';
import type { ApiCaller } from '../../api-keys/authenticate-api-key';
import { recordActivity } from '../../activity/record-activity';
import { now } from '../../clock';
import { getDb } from '../../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../../db/schema';
import { getEnvelope } from '../../envelopes/get-envelope';
import { inviteDueRecipients } from '../../envelopes/invite-due-recipients';
import { AppError, notFound } from '../../errors';
import { recordEnvelopeEvent } from '../../evidence/record-envelope-event';
import { z } from '../../validation';
import type { envelopeListQuery } from './schemas';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function requireUuid(id: string, what = 'Envelope') {
  if (!z.uuid().safeParse(id).success) throw notFound(what);
}

/** GET /api/v1/envelopes/{id}. */
export async function getEnvelopeViaApi(caller: ApiCaller, id: string) {
  requireUuid(id);
  const e = await getEnvelope(caller, id);
  const db = await getDb();
  const sealed = await db.select({ id: envelopeDocuments.id, sealed: envelopeDocuments.sealedSha256 }).from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, id));
  const isSealed = new Map(sealed.map((s) => [s.id, s.sealed !== null]));
  return {
    id: e.id,
    name: e.name,
    status: e.status,
    origin: e.origin,
    createdAt: e.createdAt.toISOString(),
    expiresAt: e.expiresAt.toISOString(),
    completedAt: iso(e.completedAt),
    documents: e.documents.map((d) => ({ id: d.id, name: d.name, pages: d.pageCount, sealed: isSealed.get(d.id) ?? false })),
    signers: e.recipients.map((r) => ({ id: r.id, name: r.name, email: r.email, phone: r.phone, action: r.action, order: r.signingOrder, status: r.status, signedAt: iso(r.signedAt), url: r.url })),
  };
}

/** Cursor = base64url of "createdAt|id" of the last row: stable under inserts, no offsets. */
const encodeCursor = (createdAt: Date, id: string) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  if (!id || Number.isNaN(date.getTime()) || !z.uuid().safeParse(id).success) throw new AppError('INVALID_INPUT', { userMessage: 'Cursor inválido.', fields: { cursor: ['Use o nextCursor da página anterior.'] } });
  return { date, id };
}

/** GET /api/v1/envelopes: newest first, filtered, cursor-paginated. */
export async function listEnvelopesViaApi(caller: ApiCaller, q: z.output<typeof envelopeListQuery>) {
  const db = await getDb();
  const where = [eq(envelopes.accountId, caller.accountId)];
  if (q.status) where.push(eq(envelopes.status, q.status));
  if (q.from) where.push(gte(envelopes.createdAt, new Date(`${q.from}T00:00:00-03:00`)));
  if (q.to) where.push(lte(envelopes.createdAt, new Date(`${q.to}T23:59:59.999-03:00`)));
  if (q.q) where.push(ilike(envelopes.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    where.push(or(lt(envelopes.createdAt, c.date), and(eq(envelopes.createdAt, c.date), lt(envelopes.id, c.id)))!);
  }
  const rows = await db
    .select()
    .from(envelopes)
    .where(and(...where))
    .orderBy(desc(envelopes.createdAt), desc(envelopes.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((e) => ({ id: e.id, name: e.name, status: e.status, origin: e.origin, createdAt: e.createdAt.toISOString(), expiresAt: e.expiresAt.toISOString(), completedAt: iso(e.completedAt) })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** POST /api/v1/envelopes/{id}/cancel: only while signatures are still pending; links stop working. */
export async function cancelEnvelopeViaApi(caller: ApiCaller, id: string, reason: string | null, meta: { ip: string | null }) {
  requireUuid(id);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const at = now();
    const [row] = await tx
      .update(envelopes)
      .set({ status: 'cancelled', closedAt: at })
      .where(and(eq(envelopes.id, id), eq(envelopes.accountId, caller.accountId), inArray(envelopes.status, ['draft', 'sent', 'partially_signed'])))
      .returning({ id: envelopes.id, name: envelopes.name });
    if (!row) {
      const [exists] = await tx.select({ status: envelopes.status }).from(envelopes).where(and(eq(envelopes.id, id), eq(envelopes.accountId, caller.accountId)));
      if (!exists) throw notFound('Envelope');
      throw new AppError('INVALID_STATE', { userMessage: `Este envelope não pode ser cancelado: a situação dele é "${exists.status}".` });
    }
    await recordEnvelopeEvent(tx, { accountId: caller.accountId, envelopeId: id, type: 'envelope.cancelled', actorType: 'api', actorId: caller.keyId, ip: meta.ip, payload: { reason }, occurredAt: at });
    await recordActivity(tx, { accountId: caller.accountId, actorId: caller.createdBy, ip: meta.ip }, { action: 'envelope.cancelled', entityType: 'envelope', entityId: id, summary: `Cancelou "${row.name}" pela API (chave "${caller.keyName}")${reason ? `: ${reason}` : ''}` });
    return { id, status: 'cancelled' as const };
  });
}

/** POST /api/v1/envelopes/{id}/signers/{signerId}/resend: the invitation again, through the signer's channel. */
export async function resendToSignerViaApi(caller: ApiCaller, id: string, signerId: string) {
  requireUuid(id);
  requireUuid(signerId, 'Signatário');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: envelopes.status, recipient: envelopeRecipients })
      .from(envelopes)
      .innerJoin(envelopeRecipients, eq(envelopeRecipients.envelopeId, envelopes.id))
      .where(and(eq(envelopes.id, id), eq(envelopes.accountId, caller.accountId), eq(envelopeRecipients.id, signerId)));
    if (!row) throw notFound('Signatário');
    if (!['sent', 'partially_signed'].includes(row.status)) throw new AppError('INVALID_STATE', { userMessage: 'O envelope não está aguardando assinaturas.' });
    if (row.recipient.action === 'copy' || !['pending', 'sent', 'viewed'].includes(row.recipient.status)) {
      throw new AppError('INVALID_STATE', { userMessage: 'Este signatário não tem assinatura pendente.' });
    }
    const invited = await inviteDueRecipients(tx, id, [signerId], { again: true });
    return { resent: invited.includes(signerId) };
  });
}

/** GET /api/v1/envelopes/{id}/links: each signer's link, for callers that deliver it through their own channel. */
export async function signerLinksViaApi(caller: ApiCaller, id: string) {
  const e = await getEnvelopeViaApi(caller, id);
  return { data: e.signers.filter((s) => s.action !== 'copy').map((s) => ({ id: s.id, name: s.name, status: s.status, url: s.url })) };
}

