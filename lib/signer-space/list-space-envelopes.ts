import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, ne, or } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { accounts, branches, envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { isEnvelopeSigned } from '../envelopes/schemas';
import { isOpenForSigning } from '../signing/policy';
import { verifySpaceSession, type SpaceSession } from './space-session';

export type SpaceEnvelope = {
  recipientId: string;
  envelopeName: string;
  sender: string;
  envelopeStatus: typeof envelopes.$inferSelect.status;
  recipientStatus: typeof envelopeRecipients.$inferSelect.status;
  action: typeof envelopeRecipients.$inferSelect.action;
  sentAt: Date | null;
  signedAt: Date | null;
  declinedAt: Date | null;
  completedAt: Date | null;
  expiresAt: Date;
  /** The signer may still sign or decline it: the "Assinar" button opens it. */
  canSign: boolean;
  documents: { id: string; name: string; pageCount: number; sealed: boolean; downloadable: boolean }[];
};

export const spaceSessionExpired = () => new AppError('UNAUTHENTICATED', { userMessage: 'Sua sessão no Espaço do Signatário terminou. Digite o CPF e um novo código.' });

/** The session of the signer space, or a refusal asking for a new code. */
export function requireSpaceSession(value: string | null | undefined): SpaceSession {
  const session = verifySpaceSession(value, now());
  if (!session) throw spaceSessionExpired();
  return session;
}

/**
 * Every envelope addressed to the session's CPF, in every account of this Rubrica, newest first:
 * those that reached the signer (sent, signed or declined), never drafts. Cancelled ones are
 * listed without files.
 */
export async function listSpaceEnvelopes(sessionValue: string | null | undefined): Promise<SpaceEnvelope[]> {
  const { cpf } = requireSpaceSession(sessionValue);
  const at = now();
  const db = await getDb();
  const rows = await db
    .select({ recipient: envelopeRecipients, envelope: envelopes, account: accounts.name, branch: branches.name })
    .from(envelopeRecipients)
    .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .leftJoin(branches, and(eq(branches.id, envelopes.branchId), eq(branches.accountId, envelopes.accountId)))
    .where(
      and(
        eq(envelopeRecipients.cpf, cpf),
        ne(envelopes.status, 'draft'),
        or(isNotNull(envelopeRecipients.sentAt), inArray(envelopeRecipients.status, ['signed', 'declined'])),
      ),
    )
    .orderBy(desc(envelopes.createdAt))
    .limit(200);
  if (!rows.length) return [];
  const docs = await db
    .select()
    .from(envelopeDocuments)
    .where(
      inArray(
        envelopeDocuments.envelopeId,
        rows.map((r) => r.envelope.id),
      ),
    )
    .orderBy(asc(envelopeDocuments.position));
  return rows.map(({ recipient, envelope, account, branch }) => ({
    recipientId: recipient.id,
    envelopeName: envelope.name,
    sender: branch ?? account,
    envelopeStatus: envelope.status,
    recipientStatus: recipient.status,
    action: recipient.action,
    sentAt: recipient.sentAt,
    signedAt: recipient.signedAt,
    declinedAt: recipient.declinedAt,
    completedAt: isEnvelopeSigned(envelope.status) ? envelope.completedAt : null,
    expiresAt: envelope.expiresAt,
    canSign: recipient.action !== 'copy' && (recipient.status === 'sent' || recipient.status === 'viewed') && isOpenForSigning(envelope.status, envelope.expiresAt, at),
    documents: docs
      .filter((d) => d.envelopeId === envelope.id)
      .map((d) => ({ id: d.id, name: d.name, pageCount: d.pageCount, sealed: !!d.sealedSha256, downloadable: envelope.status !== 'cancelled' })),
  }));
}
