import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { envelopeEvents } from '../db/schema';
import { chainHash, type ChainedEvent } from './chain';

export type EnvelopeEventInput = {
  accountId: string;
  envelopeId: string;
  /** Dotted verb: envelope.created, envelope.sent, recipient.viewed, code.sent, signed, … */
  type: string;
  recipientId?: string | null;
  actorType: 'staff' | 'signer' | 'system' | 'api';
  actorId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  payload?: Record<string, unknown>;
  occurredAt: Date;
};

/**
 * The one way to write an envelope's evidence. Call it inside the transaction of the change it
 * records. Events of one envelope are serialised by a transaction-level advisory lock on the
 * envelope id, so seq and the hash chain never fork under concurrency.
 */
export async function recordEnvelopeEvent(tx: Executor, input: EnvelopeEventInput) {
  const [recorded] = await recordEnvelopeEvents(tx, [input]);
  return recorded;
}

/**
 * Several events of one envelope at once, chained in the order given: one lock, one read of the
 * chain's head and one insert, whatever their number (creation and invitations write several).
 */
export async function recordEnvelopeEvents(tx: Executor, inputs: EnvelopeEventInput[]): Promise<{ seq: number; hash: string }[]> {
  if (!inputs.length) return [];
  const envelopeId = inputs[0].envelopeId;
  if (inputs.some((i) => i.envelopeId !== envelopeId)) throw new Error('recordEnvelopeEvents: events of one envelope at a time');
  // Takes the envelope's advisory lock, then reads the head (drizzle/0014_envelope_chain_head.sql).
  const result = (await tx.execute(sql`select seq, hash from envelope_chain_head(${envelopeId}::uuid)`)) as unknown;
  const [last] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { seq: number; hash: string }[];
  let prev = { seq: last?.seq ?? 0, hash: last?.hash ?? null };
  const rows = inputs.map((input) => {
    const event: ChainedEvent = {
      envelopeId,
      seq: prev.seq + 1,
      type: input.type,
      recipientId: input.recipientId ?? null,
      actorType: input.actorType,
      actorId: input.actorId ?? null,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      payload: input.payload ?? {},
      occurredAt: input.occurredAt.toISOString(),
    };
    const hash = chainHash(prev.hash, event);
    const row = { accountId: input.accountId, ...event, actorType: input.actorType, occurredAt: input.occurredAt, prevHash: prev.hash, hash };
    prev = { seq: event.seq, hash };
    return row;
  });
  await tx.insert(envelopeEvents).values(rows);
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}
