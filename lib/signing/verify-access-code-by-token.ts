import 'server-only';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { now } from '../clock';
import { getDb, type Tx } from '../db/client';
import { envelopeRecipients, signerCodes } from '../db/schema';
import { AppError } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { MAX_CODE_ATTEMPTS, wrongCodeMessage } from './access-code-rules';
import { requireRecipientByToken, type ResolvedSigner } from './resolve-token';
import { signerCodeMatches } from './signer-code-hash';
import { evidenceOf, type SignerRequest } from './signer-request';
import { createSignerSession } from './signer-session';

export type VerifiedAccess = { session: string; expiresAt: Date };

type Outcome = { ok: true; access: VerifiedAccess } | { ok: false; error: AppError };

const fail = (code: 'INVALID_INPUT' | 'INVALID_STATE' | 'RATE_LIMITED', userMessage: string): Outcome => ({ ok: false, error: new AppError(code, { userMessage }) });
const TOO_MANY_SENT = 'Muitas tentativas. Peça um novo código.';
const TOO_MANY_SENDER = 'Muitas tentativas. Peça a quem enviou o documento um novo código de acesso.';

/**
 * Checks the code the signer typed — the one-time code we sent, or, when the sender chose
 * "código de segurança", the sender's 4-digit access code — and returns a signer-session value for
 * an httpOnly cookie. Five wrong tries kill the code. A wrong try is committed (attempt counted,
 * 'code.failed' on the trail) before the refusal is thrown.
 */
export async function verifyAccessCodeByToken(token: string, code: string, req: SignerRequest): Promise<VerifiedAccess> {
  const signer = await requireRecipientByToken(token, req);
  const typed = String(code ?? '').replace(/\s+/g, '');
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    // One verification at a time per recipient, so parallel guesses cannot outrun the counter.
    await tx.select({ id: envelopeRecipients.id }).from(envelopeRecipients).where(eq(envelopeRecipients.id, signer.recipient.id)).for('update');
    return signer.recipient.authMethod === 'access_code' ? checkSenderCode(tx, signer, typed, req) : checkSentCode(tx, signer, typed, req);
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.access;
}

function event(signer: ResolvedSigner, req: SignerRequest, type: string, payload: Record<string, unknown>, at: Date) {
  return {
    accountId: signer.envelope.accountId,
    envelopeId: signer.envelope.id,
    type,
    recipientId: signer.recipient.id,
    actorType: 'signer' as const,
    ...evidenceOf(req),
    payload,
    occurredAt: at,
  };
}

async function countFailure(tx: Tx, signer: ResolvedSigner, req: SignerRequest, row: typeof signerCodes.$inferSelect, at: Date, tooMany: string): Promise<Outcome> {
  const [updated] = await tx
    .update(signerCodes)
    .set({ attempts: sql`${signerCodes.attempts} + 1` })
    .where(eq(signerCodes.id, row.id))
    .returning({ attempts: signerCodes.attempts });
  const remaining = Math.max(0, MAX_CODE_ATTEMPTS - updated.attempts);
  await recordEnvelopeEvent(tx, event(signer, req, 'code.failed', { channel: row.channel, attempt: updated.attempts, remaining }, at));
  return remaining === 0 ? fail('RATE_LIMITED', tooMany) : fail('INVALID_INPUT', wrongCodeMessage(remaining));
}

async function succeed(tx: Tx, signer: ResolvedSigner, req: SignerRequest, row: typeof signerCodes.$inferSelect, at: Date): Promise<Outcome> {
  await recordEnvelopeEvent(tx, event(signer, req, 'code.verified', { channel: row.channel, destination: row.destinationMasked }, at));
  const { value, expiresAt } = createSignerSession(
    { recipientId: signer.recipient.id, linkVersion: signer.recipient.linkVersion, method: row.channel, destination: row.destinationMasked },
    at,
  );
  return { ok: true, access: { session: value, expiresAt } };
}

async function checkSentCode(tx: Tx, signer: ResolvedSigner, typed: string, req: SignerRequest): Promise<Outcome> {
  const at = now();
  // Only the newest code counts: asking for a new one retires the previous.
  const [row] = await tx
    .select()
    .from(signerCodes)
    .where(and(eq(signerCodes.recipientId, signer.recipient.id), ne(signerCodes.channel, 'access_code')))
    .orderBy(desc(signerCodes.sentAt))
    .limit(1);
  if (!row) return fail('INVALID_STATE', 'Peça um código para continuar.');
  if (row.consumedAt) return fail('INVALID_STATE', 'Este código já foi usado. Peça um novo código.');
  if (row.attempts >= MAX_CODE_ATTEMPTS) return fail('RATE_LIMITED', TOO_MANY_SENT);
  if (row.expiresAt <= at) return fail('INVALID_STATE', 'Código expirado. Peça um novo código.');
  if (!/^\d{6}$/.test(typed) || !signerCodeMatches(signer.recipient.id, typed, row.codeHash)) return countFailure(tx, signer, req, row, at, TOO_MANY_SENT);
  await tx.update(signerCodes).set({ consumedAt: at }).where(eq(signerCodes.id, row.id));
  return succeed(tx, signer, req, row, at);
}

/**
 * The sender's 4-digit code has no natural expiry, so its attempts are counted on a signer_codes
 * row tied to that code's hash: five wrong tries lock it until the sender sets a new code.
 */
async function checkSenderCode(tx: Tx, signer: ResolvedSigner, typed: string, req: SignerRequest): Promise<Outcome> {
  const at = now();
  const { recipient, envelope } = signer;
  if (!recipient.accessCodeHash) return fail('INVALID_STATE', 'Este documento ainda não tem código de acesso. Fale com quem enviou o documento.');
  let [row] = await tx
    .select()
    .from(signerCodes)
    .where(and(eq(signerCodes.recipientId, recipient.id), eq(signerCodes.channel, 'access_code'), eq(signerCodes.codeHash, recipient.accessCodeHash)))
    .orderBy(desc(signerCodes.sentAt))
    .limit(1);
  row ??= (
    await tx
      .insert(signerCodes)
      .values({
        accountId: recipient.accountId,
        recipientId: recipient.id,
        codeHash: recipient.accessCodeHash,
        channel: 'access_code',
        destinationMasked: 'código de acesso do remetente',
        expiresAt: envelope.expiresAt,
        sentAt: at,
      })
      .returning()
  )[0];
  if (row.attempts >= MAX_CODE_ATTEMPTS) return fail('RATE_LIMITED', TOO_MANY_SENDER);
  if (!/^\d{4}$/.test(typed) || !signerCodeMatches(recipient.id, typed, recipient.accessCodeHash)) return countFailure(tx, signer, req, row, at, TOO_MANY_SENDER);
  // Wrong tries are counted until the next success, not over the envelope's whole life.
  await tx.update(signerCodes).set({ attempts: 0, consumedAt: at }).where(eq(signerCodes.id, row.id));
  return succeed(tx, signer, req, row, at);
}
