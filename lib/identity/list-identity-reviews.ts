import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes, identityProofs, users } from '../db/schema';

/** The review queue: proofs waiting for staff (oldest request first), or the ones decided (newest first). */
export async function listIdentityReviews(actor: Pick<Actor, 'accountId'>, which: 'pendentes' | 'analisadas') {
  const db = await getDb();
  const pending = which === 'pendentes';
  return db
    .select({
      id: identityProofs.id,
      status: identityProofs.status,
      failedAttempts: identityProofs.failedAttempts,
      lastChecks: identityProofs.lastChecks,
      reviewRequestedAt: identityProofs.reviewRequestedAt,
      reviewedAt: identityProofs.reviewedAt,
      reviewReason: identityProofs.reviewReason,
      reviewerName: users.name,
      recipientName: envelopeRecipients.name,
      envelopeId: envelopes.id,
      envelopeName: envelopes.name,
    })
    .from(identityProofs)
    .innerJoin(envelopeRecipients, eq(envelopeRecipients.id, identityProofs.recipientId))
    .innerJoin(envelopes, eq(envelopes.id, identityProofs.envelopeId))
    .leftJoin(users, eq(users.id, identityProofs.reviewedBy))
    .where(and(eq(identityProofs.accountId, actor.accountId), pending ? eq(identityProofs.status, 'manual_review') : inArray(identityProofs.status, ['approved', 'rejected'])))
    .orderBy(pending ? identityProofs.reviewRequestedAt : desc(identityProofs.reviewedAt))
    .limit(200);
}
