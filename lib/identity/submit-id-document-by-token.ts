import 'server-only';
import { now } from '../clock';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { SignerRequest } from '../signing/signer-request';
import { checkImage } from './decode-image';
import { expectedCpf, findProof, identityContextByToken, openDescriptor } from './identity-context';
import { deleteIdentityImage, storeIdentityImage } from './image-vault';
import { recordCheckOutcome, type CheckOutcome } from './record-check-outcome';
import { checkDocument } from './run-checks';
import { requireInProgress } from './submit-selfie-by-token';

export const ocrPurpose = (proofId: string) => `identity-ocr:${proofId}`;

/**
 * The ID document (front, optionally back): a face on it, the same person as the selfie, and the
 * signer's CPF and name read by OCR. A failure counts against the tries like a failed selfie.
 */
export async function submitIdDocumentByToken(
  token: string,
  input: { session: string | null | undefined; front: Uint8Array | null | undefined; back?: Uint8Array | null },
  req: SignerRequest,
): Promise<CheckOutcome> {
  const { signer } = await identityContextByToken(token, input.session, req);
  const { recipient } = signer;
  if (!recipient.requireIdDocument) throw new AppError('INVALID_STATE', { userMessage: 'Este documento não pede foto do documento de identidade.' });
  const db = await getDb();
  const proof = requireInProgress(await findProof(db, recipient.id));
  if (recipient.requireSelfie && !proof.selfiePassedAt) throw new AppError('INVALID_STATE', { userMessage: 'Tire a selfie antes de enviar o documento.' });
  const front = checkImage(input.front);
  const back = input.back && input.back.length ? checkImage(input.back) : null;

  const result = await checkDocument(front, { selfieDescriptor: recipient.requireSelfie ? openDescriptor(proof) : null, name: recipient.name, cpf: expectedCpf(signer) }, back);
  const storedFront = await storeIdentityImage(proof.id, 'document', front);
  const storedBack = back ? await storeIdentityImage(proof.id, 'document_back', back) : null;
  const at = now();
  const { outcome, replaced } = await db.transaction(async (tx) => {
    const locked = requireInProgress(await findProof(tx, recipient.id, { lock: true }));
    const outcome = await recordCheckOutcome(tx, locked, {
      type: 'identity.document_checked',
      checks: result.checks,
      set: {
        documentSha256: storedFront.sha256,
        documentBlob: storedFront.blob,
        documentBackSha256: storedBack?.sha256 ?? null,
        documentBackBlob: storedBack?.blob ?? null,
        ocrTextEnc: sealSecret(result.ocrText, ocrPurpose(locked.id)),
      },
      completesProof: true,
      images: { document: storedFront.sha256, documentBack: storedBack?.sha256 ?? null },
      timings: result.ms,
      req,
      at,
    });
    const replaced = [locked.documentBlob, locked.documentBackBlob].filter((b) => b && b !== storedFront.blob && b !== storedBack?.blob);
    return { outcome, replaced };
  });
  for (const blob of replaced) await deleteIdentityImage(blob);
  return outcome;
}
