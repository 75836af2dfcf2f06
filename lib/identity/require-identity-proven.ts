import 'server-only';
import type { Executor } from '../db/client';
import { AppError } from '../errors';
import { findProof } from './identity-context';
import { identityProven, identityRequired, type Requirements } from './policy';

/** Signing waits for the identity proof when the sender asked for one (selfie and/or ID document). */
export async function requireIdentityProven(executor: Executor, recipient: Requirements & { id: string }) {
  if (!identityRequired(recipient)) return;
  const proof = await findProof(executor, recipient.id);
  if (identityProven(proof?.status)) return;
  const message =
    proof?.status === 'manual_review'
      ? 'Sua identidade está em análise pela equipe. Você poderá assinar quando ela for aprovada.'
      : proof?.status === 'rejected'
        ? 'Sua identidade não foi confirmada. Fale com quem enviou o documento.'
        : 'Confirme sua identidade (selfie e documento) antes de assinar.';
  throw new AppError('INVALID_STATE', { userMessage: message });
}
