// Pure rules of the identity-proof flow; unit-tested in policy.test.ts.
import type { IdentityCheckResult } from '../db/schema/identity';

/** The first try plus two retries; the third failure sends the proof to manual review. */
export const MAX_FAILED_ATTEMPTS = 3;

export type IdentityStatus = 'consent_pending' | 'in_progress' | 'passed' | 'manual_review' | 'approved' | 'rejected';
export type Requirements = { requireSelfie: boolean; requireIdDocument: boolean };

export const identityRequired = (r: Requirements) => r.requireSelfie || r.requireIdDocument;

/** Only these let the signer go on to read and sign. */
export const identityProven = (status: IdentityStatus | null | undefined) => status === 'passed' || status === 'approved';

/** Where a failed check leads: another try, or manual review once the tries are used up. */
export function statusAfterFailure(failedAttempts: number): { status: IdentityStatus; attemptsLeft: number } {
  const left = Math.max(0, MAX_FAILED_ATTEMPTS - failedAttempts);
  return left === 0 ? { status: 'manual_review', attemptsLeft: 0 } : { status: 'in_progress', attemptsLeft: left };
}

/** The next screen of a proof in progress. */
export function nextIdentityStep(
  r: Requirements,
  p: { status: IdentityStatus; selfiePassed: boolean },
): 'consent' | 'selfie' | 'document' | 'done' | 'review' | 'rejected' {
  if (p.status === 'consent_pending') return 'consent';
  if (identityProven(p.status)) return 'done';
  if (p.status === 'manual_review') return 'review';
  if (p.status === 'rejected') return 'rejected';
  if (r.requireSelfie && !p.selfiePassed) return 'selfie';
  if (r.requireIdDocument) return 'document';
  return 'done';
}

/** The pt-BR guidance for the first failed check: what to do differently on the next try. */
export function guidanceFor(checks: IdentityCheckResult[]): string | null {
  const failed = checks.find((c) => !c.passed);
  if (!failed) return null;
  switch (failed.check) {
    case 'selfie_face':
      return failed.detail === 'many_faces'
        ? 'Apareceu mais de um rosto na selfie. Fique sozinho(a) diante da câmera e tente de novo.'
        : 'Não encontramos um rosto na selfie. Olhe de frente para a câmera, com o rosto iluminado, e tente de novo.';
    case 'document_face':
      return 'Não encontramos a foto do rosto no documento. Fotografe a frente do RG ou da CNH inteira, sem reflexos.';
    case 'face_match':
      return 'O rosto da selfie não confere com a foto do documento. Use o seu próprio documento, com a foto visível, ou refaça a selfie.';
    case 'cpf':
      return 'Não conseguimos ler no documento o CPF cadastrado para você. Fotografe o documento que mostra o seu CPF, de perto e sem reflexos.';
    case 'name':
      return 'O nome no documento não confere com o seu cadastro. Fotografe o seu documento, de perto e sem reflexos.';
  }
}
