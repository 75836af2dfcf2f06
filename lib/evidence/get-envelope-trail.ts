import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes, users } from '../db/schema';
import { notFound } from '../errors';
import { z } from '../validation';

const isUuid = (v: string) => z.uuid().safeParse(v).success;
import { describeDevice } from './describe-device';
import { describeEvent } from './describe-event';
import { verifyChain, type ChainVerdict } from './verify-chain';

export type TrailEvent = {
  seq: number;
  type: string;
  label: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actor: string | null;
  recipientId: string | null;
  ip: string | null;
  userAgent: string | null;
  device: string | null;
  payload: Record<string, unknown>;
  prevHash: string | null;
  hash: string;
};

export type EnvelopeTrail = Awaited<ReturnType<typeof getEnvelopeTrail>>;

/** An envelope of the account with its documents, recipients, every event of its trail and the chain's verdict. */
export async function getEnvelopeTrail(ctx: { accountId: string }, envelopeId: string) {
  if (!isUuid(envelopeId)) throw notFound('Envelope');
  const db = await getDb();
  const [envelope] = await db.select().from(envelopes).where(and(eq(envelopes.id, envelopeId), eq(envelopes.accountId, ctx.accountId)));
  if (!envelope) throw notFound('Envelope');
  const [documents, recipients, rows, staff] = await Promise.all([
    db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelopeId)).orderBy(asc(envelopeDocuments.position)),
    db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position)),
    db.select().from(envelopeEvents).where(eq(envelopeEvents.envelopeId, envelopeId)).orderBy(asc(envelopeEvents.seq)),
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.accountId, ctx.accountId)),
  ]);
  const chain: ChainVerdict = await verifyChain(db, envelopeId);
  const nameOf = new Map<string, string>([...recipients.map((r) => [r.id, r.name] as const), ...staff.map((u) => [u.id, u.name] as const)]);
  const events: TrailEvent[] = rows.map((e) => ({
    seq: e.seq,
    type: e.type,
    label: describeEvent(e.type, e.payload),
    occurredAt: e.occurredAt,
    actorType: e.actorType,
    actorId: e.actorId,
    actor: e.actorType === 'system' ? 'Sistema' : ((e.recipientId && nameOf.get(e.recipientId)) ?? (e.actorId && nameOf.get(e.actorId)) ?? null),
    recipientId: e.recipientId,
    ip: e.ip,
    userAgent: e.userAgent,
    device: describeDevice(e.userAgent),
    payload: e.payload,
    prevHash: e.prevHash,
    hash: e.hash,
  }));
  return { envelope, documents, recipients, events, chain };
}
