import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { envelopeEvents } from '../db/schema';
import { chainHash } from './chain';

export type ChainVerdict = { ok: true; events: number } | { ok: false; events: number; brokenAtSeq: number; reason: string };

/** Recomputes every hash of an envelope's trail; any altered, missing or reordered event shows. */
export async function verifyChain(db: Executor, envelopeId: string): Promise<ChainVerdict> {
  const rows = await db.select().from(envelopeEvents).where(eq(envelopeEvents.envelopeId, envelopeId)).orderBy(asc(envelopeEvents.seq));
  let prev: string | null = null;
  for (const [i, row] of rows.entries()) {
    if (row.seq !== i + 1) return { ok: false, events: rows.length, brokenAtSeq: i + 1, reason: 'evento ausente' };
    if (row.prevHash !== prev) return { ok: false, events: rows.length, brokenAtSeq: row.seq, reason: 'encadeamento quebrado' };
    const expected = chainHash(prev, {
      envelopeId: row.envelopeId,
      seq: row.seq,
      type: row.type,
      recipientId: row.recipientId,
      actorType: row.actorType,
      actorId: row.actorId,
      ip: row.ip,
      userAgent: row.userAgent,
      payload: row.payload,
      occurredAt: row.occurredAt.toISOString(),
    });
    if (expected !== row.hash) return { ok: false, events: rows.length, brokenAtSeq: row.seq, reason: 'conteúdo alterado' };
    prev = row.hash;
  }
  return { ok: true, events: rows.length };
}
