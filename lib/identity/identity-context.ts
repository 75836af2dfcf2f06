import 'server-only';
import { eq } from 'drizzle-orm';
import { now } from '../clock';
import { openSecret } from '../crypto/secret-box';
import type { Executor } from '../db/client';
import { accountSettings, identityProofs } from '../db/schema';
import { AppError } from '../errors';
import { isOpenForSigning } from '../signing/policy';
import { requireSignerSession } from '../signing/require-signer-session';
import { requireRecipientByToken, type ResolvedSigner } from '../signing/resolve-token';
import type { SignerRequest } from '../signing/signer-request';
import { identityRequired } from './policy';

export type IdentityProof = typeof identityProofs.$inferSelect;

export const DEFAULT_RETENTION_YEARS = 5;

const refuse = (message: string) => new AppError('INVALID_STATE', { userMessage: message });

/**
 * What every signer-side identity use-case starts with: a good link, a proven session, a signer who
 * still has to sign an open envelope, and a recipient the sender asked to prove identity.
 */
export async function identityContextByToken(token: string, session: string | null | undefined, req: SignerRequest) {
  const signer = await requireRecipientByToken(token, req);
  const claims = requireSignerSession(session, signer.recipient);
  const { recipient, envelope } = signer;
  if (recipient.action === 'copy' || !identityRequired(recipient)) throw refuse('Este documento não pede prova de identidade.');
  if (recipient.status === 'signed' || recipient.status === 'declined') throw refuse('Você já respondeu a este documento.');
  if (!isOpenForSigning(envelope.status, envelope.expiresAt, now())) throw refuse('Este documento não está mais aberto para assinatura.');
  return { signer, claims };
}

export async function findProof(executor: Executor, recipientId: string, opts: { lock?: boolean } = {}): Promise<IdentityProof | null> {
  const q = executor.select().from(identityProofs).where(eq(identityProofs.recipientId, recipientId));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function retentionYears(executor: Executor, accountId: string): Promise<number> {
  const [row] = await executor.select({ years: accountSettings.identityRetentionYears }).from(accountSettings).where(eq(accountSettings.accountId, accountId));
  return row?.years ?? DEFAULT_RETENTION_YEARS;
}

/** The signer's CPF as the document should show it: only a CPF (11 digits), never a CNPJ. */
export function expectedCpf(signer: ResolvedSigner): string | null {
  const digits = signer.recipient.cpf?.replace(/\D/g, '') ?? '';
  return digits.length === 11 ? digits : null;
}

export const descriptorPurpose = (proofId: string) => `identity-descriptor:${proofId}`;

export function openDescriptor(proof: IdentityProof): Float32Array | null {
  if (!proof.selfieDescriptorEnc) return null;
  return Float32Array.from(JSON.parse(openSecret(proof.selfieDescriptorEnc, descriptorPurpose(proof.id))) as number[]);
}
