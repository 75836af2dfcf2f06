import 'server-only';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { accountSettings, envelopes, identityProofs } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { DEFAULT_RETENTION_YEARS } from './identity-context';
import { deleteIdentityImage } from './image-vault';

/**
 * LGPD retention: the images of a proof (and what derives from them: face descriptor, OCR text)
 * are deleted once its envelope ended — completed, declined, expired or cancelled — longer ago than
 * the account's retention period (default 5 years). The SHA-256 of each image stays on the proof and
 * on the evidence trail. Idempotent: a proof already purged is skipped.
 */
export async function purgeExpiredIdentityImages(db: Db, at: Date, opts: { limit?: number } = {}) {
  const ended = sql`coalesce(${envelopes.completedAt}, ${envelopes.closedAt}, case when ${envelopes.status} in ('declined', 'expired', 'cancelled') then least(${envelopes.updatedAt}, ${envelopes.expiresAt}) end)`;
  const years = sql`coalesce(${accountSettings.identityRetentionYears}, ${DEFAULT_RETENTION_YEARS})`;
  const due = await db
    .select({ proof: identityProofs })
    .from(identityProofs)
    .innerJoin(envelopes, eq(envelopes.id, identityProofs.envelopeId))
    .leftJoin(accountSettings, eq(accountSettings.accountId, identityProofs.accountId))
    .where(
      and(
        isNull(identityProofs.imagesDeletedAt),
        inArray(envelopes.status, ['completed', 'declined', 'expired', 'cancelled']),
        sql`${ended} + make_interval(years => ${years}) <= ${at.toISOString()}::timestamptz`,
        or(sql`${identityProofs.selfieBlob} is not null`, sql`${identityProofs.documentBlob} is not null`, sql`${identityProofs.documentBackBlob} is not null`, sql`${identityProofs.ocrTextEnc} is not null`),
      ),
    )
    .limit(opts.limit ?? 500);

  for (const { proof } of due) {
    for (const blob of [proof.selfieBlob, proof.documentBlob, proof.documentBackBlob]) await deleteIdentityImage(blob);
    await db.transaction(async (tx) => {
      await tx
        .update(identityProofs)
        .set({ selfieBlob: null, documentBlob: null, documentBackBlob: null, selfieDescriptorEnc: null, ocrTextEnc: null, imagesDeletedAt: at })
        .where(eq(identityProofs.id, proof.id));
      await recordEnvelopeEvent(tx, {
        accountId: proof.accountId,
        envelopeId: proof.envelopeId,
        recipientId: proof.recipientId,
        type: 'identity.images_deleted',
        actorType: 'system',
        payload: { reason: 'retention', imagesSha256: { selfie: proof.selfieSha256, document: proof.documentSha256, documentBack: proof.documentBackSha256 } },
        occurredAt: at,
      });
    });
  }
  return { purged: due.length };
}
