import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { identityProofs, type IdentityCheckResult } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import type { SignerRequest } from '../signing/signer-request';
import { evidenceOf } from '../signing/signer-request';
import type { IdentityProof } from './identity-context';
import { guidanceFor, MAX_FAILED_ATTEMPTS, statusAfterFailure, type IdentityStatus } from './policy';

export type CheckOutcome = {
  passed: boolean;
  status: IdentityStatus;
  attemptsLeft: number;
  guidance: string | null;
  checks: IdentityCheckResult[];
};

/**
 * Writes one check's outcome on the proof and the evidence trail, in the caller's transaction:
 * a pass moves on (to passed when nothing else is required), a failure counts against the tries
 * and the last one sends the proof to manual review.
 */
export async function recordCheckOutcome(
  tx: Tx,
  proof: IdentityProof,
  o: {
    type: 'identity.selfie_checked' | 'identity.document_checked';
    checks: IdentityCheckResult[];
    set: Partial<typeof identityProofs.$inferInsert>;
    completesProof: boolean;
    images: Record<string, string | null>;
    timings: Record<string, number>;
    req: SignerRequest;
    at: Date;
  },
): Promise<CheckOutcome> {
  const passed = o.checks.every((c) => c.passed);
  const failedAttempts = proof.failedAttempts + (passed ? 0 : 1);
  const after = passed ? { status: (o.completesProof ? 'passed' : 'in_progress') as IdentityStatus, attemptsLeft: MAX_FAILED_ATTEMPTS - failedAttempts } : statusAfterFailure(failedAttempts);
  await tx
    .update(identityProofs)
    .set({
      ...o.set,
      lastChecks: o.checks,
      failedAttempts,
      status: after.status,
      ...(after.status === 'passed' ? { passedAt: o.at } : {}),
      ...(after.status === 'manual_review' ? { reviewRequestedAt: o.at } : {}),
    })
    .where(eq(identityProofs.id, proof.id));
  const base = { accountId: proof.accountId, envelopeId: proof.envelopeId, recipientId: proof.recipientId, occurredAt: o.at };
  await recordEnvelopeEvent(tx, {
    ...base,
    type: o.type,
    actorType: 'signer',
    ...evidenceOf(o.req),
    payload: { attempt: proof.failedAttempts + 1, passed, checks: o.checks, imagesSha256: o.images, timingsMs: o.timings },
  });
  if (after.status === 'passed') {
    await recordEnvelopeEvent(tx, { ...base, type: 'identity.passed', actorType: 'system', payload: { checks: o.checks } });
  }
  if (after.status === 'manual_review') {
    await recordEnvelopeEvent(tx, { ...base, type: 'identity.review_requested', actorType: 'system', payload: { failedAttempts } });
  }
  return { passed, status: after.status, attemptsLeft: after.attemptsLeft, guidance: passed ? null : guidanceFor(o.checks), checks: o.checks };
}
