import 'server-only';
import { now } from '../clock';
import type { Db } from '../db/client';
import { isOpenForSigning } from '../signing/policy';
import { loadEnvelopeMessageContext, messageWaitingSigners } from './recipient-messages';

/** "O prazo termina em dd/mm/aaaa": to the signers still waiting, N days before the deadline. */
export async function warnBeforeExpiry(db: Db, envelopeId: string) {
  await db.transaction(async (tx) => {
    const ctx = await loadEnvelopeMessageContext(tx, envelopeId);
    const at = now();
    if (!ctx || !isOpenForSigning(ctx.envelope.status, ctx.envelope.expiresAt, at)) return;
    await messageWaitingSigners(tx, ctx, 'expiry_warning', 'recipient.expiry_warned', at);
  });
}
