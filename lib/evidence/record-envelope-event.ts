import { desc, eq, sql } from 'drizzle-orm';
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
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${input.envelopeId}, 0))`);
  const [last] = await tx
    .select({ seq: envelopeEvents.seq, hash: envelopeEvents.hash })
    .from(envelopeEvents)
    .where(eq(envelopeEvents.envelopeId, input.envelopeId))
    .orderBy(desc(envelopeEvents.seq))
    .limit(1);
  const event: ChainedEvent = {
    envelopeId: input.envelopeId,
    seq: (last?.seq ?? 0) + 1,
    type: input.type,
    recipientId: input.recipientId ?? null,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
    payload: input.payload ?? {},
    occurredAt: input.occurredAt.toISOString(),
  };
  const hash = chainHash(last?.hash ?? null, event);
  await tx.insert(envelopeEvents).values({
    accountId: input.accountId,
    ...event,
    actorType: input.actorType,
    occurredAt: input.occurredAt,
    prevHash: last?.hash ?? null,
    hash,
  });
  return { seq: event.seq, hash };
}
