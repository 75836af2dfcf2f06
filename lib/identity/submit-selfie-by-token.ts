import 'server-only';
import { now } from '../clock';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { SignerRequest } from '../signing/signer-request';
import { checkImage } from './decode-image';
import { descriptorPurpose, findProof, identityContextByToken, type IdentityProof } from './identity-context';
import { deleteIdentityImage, storeIdentityImage } from './image-vault';
import { recordCheckOutcome, type CheckOutcome } from './record-check-outcome';
import { checkSelfie } from './run-checks';

const refuse = (message: string) => new AppError('INVALID_STATE', { userMessage: message });

/** The proof may take a new image only while in progress (after consent, before a verdict). */
export function requireInProgress(proof: IdentityProof | null): IdentityProof {
  if (!proof || proof.status === 'consent_pending') throw refuse('Leia e aceite o aviso de privacidade antes de enviar as fotos.');
  if (proof.status === 'manual_review') throw refuse('Suas fotos já estão em análise pela equipe. Avisaremos quando terminar.');
  if (proof.status !== 'in_progress') throw refuse('Sua identidade já foi verificada neste documento.');
  return proof;
}

/**
 * The selfie: the server finds the faces again (whatever the browser said) and accepts exactly
 * one. The image is kept encrypted either way (a reviewer may need it); the one it replaces is
 * deleted, its SHA-256 staying on the trail.
 */
export async function submitSelfieByToken(
  token: string,
  input: { session: string | null | undefined; image: Uint8Array | null | undefined },
  req: SignerRequest,
): Promise<CheckOutcome> {
  const { signer } = await identityContextByToken(token, input.session, req);
  if (!signer.recipient.requireSelfie) throw refuse('Este documento não pede selfie.');
  const db = await getDb();
  const proof = requireInProgress(await findProof(db, signer.recipient.id));
  const image = checkImage(input.image);

  const result = await checkSelfie(image);
  const stored = await storeIdentityImage(proof.id, 'selfie', image);
  const at = now();
  const passed = result.checks.every((c) => c.passed);
  const { outcome, replaced } = await db.transaction(async (tx) => {
    const locked = requireInProgress(await findProof(tx, signer.recipient.id, { lock: true }));
    const outcome = await recordCheckOutcome(tx, locked, {
      type: 'identity.selfie_checked',
      checks: result.checks,
      set: {
        selfieSha256: stored.sha256,
        selfieBlob: stored.blob,
        selfieDescriptorEnc: passed && result.descriptor ? sealSecret(JSON.stringify(Array.from(result.descriptor)), descriptorPurpose(locked.id)) : null,
        selfiePassedAt: passed ? at : null,
      },
      completesProof: passed && !signer.recipient.requireIdDocument,
      images: { selfie: stored.sha256 },
      timings: { selfie: result.ms },
      req,
      at,
    });
    return { outcome, replaced: locked.selfieBlob !== stored.blob ? locked.selfieBlob : null };
  });
  await deleteIdentityImage(replaced);
  return outcome;
}
