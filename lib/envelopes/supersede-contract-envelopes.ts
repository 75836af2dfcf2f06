import { and, eq, inArray } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { now } from '../clock';
import type { Tx } from '../db/client';
import { envelopes } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';

/**
 * A new contract document replaces the contract's earlier ones still out for signature: two live
 * links for one contract would let either complete it. Standalone terms are separate documents and
 * are left alone.
 */
export async function supersedeContractEnvelopes(tx: Tx, actor: Actor, contractId: string) {
  const at = now();
  const cancelled = await tx
    .update(envelopes)
    .set({ status: 'cancelled', closedAt: at })
    .where(
      and(
        eq(envelopes.accountId, actor.accountId),
        eq(envelopes.contractId, contractId),
        inArray(envelopes.origin, ['contract_saved', 'manual', 'service_order']),
        inArray(envelopes.status, ['draft', 'sent', 'partially_signed']),
      ),
    )
    .returning({ id: envelopes.id, name: envelopes.name });
  for (const e of cancelled) {
    await recordEnvelopeEvent(tx, {
      accountId: actor.accountId,
      envelopeId: e.id,
      type: 'envelope.cancelled',
      actorType: 'staff',
      actorId: actor.actorId,
      ip: actor.ip ?? null,
      payload: { reason: 'substituído por um novo documento de assinatura do contrato' },
      occurredAt: at,
    });
    await recordActivity(tx, actor, {
      action: 'envelope.cancelled',
      entityType: 'envelope',
      entityId: e.id,
      summary: `Cancelou "${e.name}", substituído por um novo documento de assinatura`,
    });
  }
  return cancelled.length;
}
