import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { accounts, branches, envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { isEnvelopeSigned } from '../envelopes/schemas';
import { hashSignerToken, signerToken } from './signer-link';
import { evidenceOf, linkInvalid, type SignerRequest } from './signer-request';

export type SignerRecipient = typeof envelopeRecipients.$inferSelect;
export type SignerEnvelope = typeof envelopes.$inferSelect;
export type SignerDocument = typeof envelopeDocuments.$inferSelect;
/** sender: who sent it, as the signer should recognise it — the branch if any, else the account. */
export type ResolvedSigner = { recipient: SignerRecipient; envelope: SignerEnvelope; documents: SignerDocument[]; sender: string };

export type LinkRejection = 'link_revoked' | 'envelope_draft' | 'envelope_cancelled' | 'envelope_expired';

// signerToken() is 32 bytes in base64url; anything far off that shape is not worth a query.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Why a link that belongs to a recipient no longer opens anything; null when it is good. */
export function linkRejection(token: string, recipient: SignerRecipient, envelope: SignerEnvelope, at: Date): LinkRejection | null {
  // The stored hash is only for lookup; the token must also be the current one for its version.
  if (!sameToken(token, signerToken(recipient.id, recipient.linkVersion))) return 'link_revoked';
  if (envelope.status === 'draft') return 'envelope_draft';
  if (envelope.status === 'cancelled') return 'envelope_cancelled';
  if (envelope.status === 'expired') return 'envelope_expired';
  // A completed envelope stays readable in the Espaço do Signatário; anything else dies at its deadline.
  if (!isEnvelopeSigned(envelope.status) && envelope.expiresAt <= at) return 'envelope_expired';
  return null;
}

/**
 * The recipient a signer link opens, with its envelope and documents (in order) — or null for ANY
 * failure, so every bad link gets the same neutral page. Failures are logged: on the envelope's
 * trail ('link.rejected') when the token matches a recipient, otherwise as a warning with a short
 * hash prefix and the IP (never the token itself).
 */
export async function resolveRecipientByToken(token: string, req: SignerRequest): Promise<ResolvedSigner | null> {
  const at = now();
  const db = await getDb();
  const shaped = typeof token === 'string' && TOKEN_SHAPE.test(token);
  const tokenHash = hashSignerToken(typeof token === 'string' ? token.slice(0, 256) : '');
  const [row] = shaped
    ? await db
        .select({ recipient: envelopeRecipients, envelope: envelopes })
        .from(envelopeRecipients)
        .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
        .where(eq(envelopeRecipients.tokenHash, tokenHash))
        .limit(1)
    : [];
  if (!row) {
    console.warn(`[signing] link rejected: unknown token ${tokenHash.slice(0, 12)} from ${evidenceOf(req).ip ?? 'unknown ip'}`);
    return null;
  }
  const { recipient, envelope } = row;
  const reason = linkRejection(token, recipient, envelope, at);
  if (reason) {
    await db.transaction((tx) =>
      recordEnvelopeEvent(tx, {
        accountId: envelope.accountId,
        envelopeId: envelope.id,
        type: 'link.rejected',
        recipientId: recipient.id,
        actorType: 'signer',
        ...evidenceOf(req),
        payload: { reason },
        occurredAt: at,
      }),
    );
    return null;
  }
  const [documents, [from]] = await Promise.all([
    db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelope.id)).orderBy(asc(envelopeDocuments.position)),
    db
      .select({ account: accounts.name, branch: branches.name })
      .from(accounts)
      .leftJoin(branches, and(eq(branches.id, sql`${envelope.branchId}::uuid`), eq(branches.accountId, accounts.id)))
      .where(eq(accounts.id, envelope.accountId)),
  ]);
  return { recipient, envelope, documents, sender: from?.branch ?? from?.account ?? '' };
}

/** resolveRecipientByToken for use-cases: a bad link throws the same neutral error. */
export async function requireRecipientByToken(token: string, req: SignerRequest): Promise<ResolvedSigner> {
  const resolved = await resolveRecipientByToken(token, req);
  if (!resolved) throw linkInvalid();
  return resolved;
}
