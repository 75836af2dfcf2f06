import 'server-only';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { now } from '../clock';
import { getDb, type Tx } from '../db/client';
import { envelopeRecipients, envelopes, type ProvidedDocumentNumber } from '../db/schema';
import { completeEnvelope } from '../envelopes/complete-envelope';
import { inviteDueRecipients } from '../envelopes/invite-due-recipients';
import { AppError } from '../errors';
import { describeUserAgent } from '../evidence/describe-user-agent';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { requireIdentityProven } from '../identity/require-identity-proven';
import { getBlobStore } from '../storage/get-blob-store';
import { isOpenForSigning, isSignersTurn, newlyDueRecipients, statusAfterSignature, type RecipientState } from './policy';
import { getReadingProgress, type ReadingProgress } from './get-reading-progress';
import { checkDocumentNumber } from './document-number';
import { listRecipientAttachments } from './list-signer-attachments';
import { requireRecipientByToken } from './resolve-token';
import { checkDrawing, checkGeolocation, typedNameMatches, type Geolocation } from './signature-input';
import { evidenceOf, type SignerRequest } from './signer-request';
import { requireSignerSession } from './require-signer-session';

export type SignInput = {
  /** The signer-session value from the cookie (verifyAccessCodeByToken). */
  session: string | null | undefined;
  /** action "sign": the signer's name as typed. */
  typedName?: string | null;
  /** action "handwritten": the drawn signature, PNG bytes. */
  drawing?: Uint8Array | null;
  geolocation?: Geolocation | null;
  /** The document number the sender required (recipient.documentNumberRequest), as typed. */
  documentNumber?: string | null;
};

export const GEOLOCATION_REQUIRED_MESSAGE =
  'Quem enviou este documento exige a localização do aparelho para a assinatura. Permita o acesso à localização no navegador e tente de novo.';

export type SignResult = { envelopeCompleted: boolean; newlyDue: string[] };

const refuse = (message: string) => new AppError('INVALID_STATE', { userMessage: message });

/** The envelope row, locked: signers of one envelope sign one after another, so the last one sees everyone else's signature. */
async function lockEnvelope(tx: Tx, envelopeId: string) {
  const [envelope] = await tx.select().from(envelopes).where(eq(envelopes.id, envelopeId)).for('no key update');
  return envelope;
}

/**
 * Signs for the recipient the link belongs to, in the way the sender chose for them: approve (a
 * click), sign (a click with the name typed) or handwritten (a drawn PNG). One transaction: the
 * recipient flips with a conditional update (a retried request cannot sign twice), the evidence is
 * written, and the envelope moves on — completed exactly once when this was the last signature.
 */
export async function signByToken(token: string, input: SignInput, req: SignerRequest): Promise<SignResult> {
  const { recipient, envelope: opened, documents } = await requireRecipientByToken(token, req);
  const session = requireSignerSession(input.session, recipient);
  const geolocation = checkGeolocation(input.geolocation);
  if (opened.requireGeolocation && !geolocation) throw new AppError('INVALID_INPUT', { userMessage: GEOLOCATION_REQUIRED_MESSAGE });
  let documentNumber: ProvidedDocumentNumber | null = null;
  if (recipient.documentNumberRequest) {
    const checked = checkDocumentNumber(recipient.documentNumberRequest, input.documentNumber);
    if (!checked.ok) throw new AppError('INVALID_INPUT', { userMessage: checked.message, fields: { documentNumber: [checked.message] } });
    documentNumber = checked.value;
  }

  let signature: Record<string, unknown> = {};
  if (recipient.action === 'sign') {
    if (!typedNameMatches(input.typedName, recipient.name)) {
      const message = `Digite seu nome completo exatamente como aparece: ${recipient.name}.`;
      throw new AppError('INVALID_INPUT', { userMessage: message, fields: { typedName: [message] } });
    }
    signature = { typedName: input.typedName!.trim() };
  } else if (recipient.action === 'handwritten') {
    const png = checkDrawing(input.drawing);
    // Content-addressed: a retry stores nothing new, and a failed transaction leaves at most an unused blob.
    const ref = await getBlobStore().put(png);
    signature = { drawingSha256: ref.sha256, drawingBytes: ref.size };
  }

  const at = now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const envelope = await lockEnvelope(tx, recipient.envelopeId);
    if (!envelope || !isOpenForSigning(envelope.status, envelope.expiresAt, at)) throw refuse('Este documento não está mais aberto para assinatura.');
    const people: RecipientState[] = await tx
      .select({ id: envelopeRecipients.id, signingOrder: envelopeRecipients.signingOrder, action: envelopeRecipients.action, status: envelopeRecipients.status })
      .from(envelopeRecipients)
      .where(eq(envelopeRecipients.envelopeId, envelope.id));
    const me = people.find((p) => p.id === recipient.id);
    if (me?.status === 'signed') throw new AppError('CONFLICT', { userMessage: 'Você já assinou este documento.' });
    if (!isSignersTurn(people, recipient.id, envelope.signingOrdered)) {
      throw refuse(me?.action === 'copy' ? 'Você recebe uma cópia deste documento e não precisa assiná-lo.' : 'Ainda não é a sua vez de assinar. Você receberá um aviso quando for.');
    }
    const reading = await getReadingProgress(tx, envelope.id, recipient.id, documents.map((d) => d.id));
    if (envelope.readRequired) await checkReadToEnd(reading);
    const uploads = await listRecipientAttachments(tx, envelope.id, recipient.id);
    const missing = recipient.attachmentRequests.filter((a) => a.required && !uploads.some((u) => u.requestId === a.id));
    if (missing.length) throw refuse(`Envie ${missing.length === 1 ? 'o anexo obrigatório' : 'os anexos obrigatórios'} antes de assinar: ${missing.map((a) => a.name).join(', ')}.`);
    await requireIdentityProven(tx, recipient);

    const [signed] = await tx
      .update(envelopeRecipients)
      .set({ status: 'signed', signedAt: at, providedDocumentNumber: documentNumber })
      .where(and(eq(envelopeRecipients.id, recipient.id), notInArray(envelopeRecipients.status, ['signed', 'declined'])))
      .returning({ id: envelopeRecipients.id });
    if (!signed) throw new AppError('CONFLICT', { userMessage: 'Você já assinou este documento.' });

    const newlyDue = newlyDueRecipients(people, recipient.id, envelope.signingOrdered).map((p) => p.id);
    await recordEnvelopeEvent(tx, {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      type: 'recipient.signed',
      recipientId: recipient.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: {
        action: recipient.action,
        ...signature,
        authentication: { method: session.method, destination: session.destination, verifiedAt: session.issuedAt.toISOString() },
        geolocation,
        device: describeUserAgent(req.userAgent),
        documentNumber,
        attachments: uploads.map((u) => ({ requestId: u.requestId, name: u.name, fileName: u.fileName, contentType: u.contentType, sha256: u.sha256, sizeBytes: u.sizeBytes })),
        viewedAt: recipient.viewedAt?.toISOString() ?? null,
        // Each document as shown (its SHA-256) and how far this signer scrolled into it.
        documents: documents.map((d) => ({ id: d.id, name: d.name, sha256: d.sha256, pages: d.pageCount, lastPageReached: reading[d.id]?.lastPage ?? 0, readToEnd: reading[d.id]?.readToEnd ?? false })),
        newlyDue,
      },
      occurredAt: at,
    });

    let envelopeCompleted = false;
    if (statusAfterSignature(people, recipient.id) === 'completed') {
      envelopeCompleted = (await completeEnvelope(tx, envelope.id, at)).completed;
    } else {
      await tx
        .update(envelopes)
        .set({ status: 'partially_signed' })
        .where(and(eq(envelopes.id, envelope.id), inArray(envelopes.status, ['sent', 'partially_signed'])));
      // The next order's signers get their links now, in this same transaction.
      if (newlyDue.length) await inviteDueRecipients(tx, envelope.id, newlyDue);
    }
    return { envelopeCompleted, newlyDue };
  });
}

async function checkReadToEnd(progress: ReadingProgress) {
  if (Object.values(progress).some((p) => !p.readToEnd)) throw refuse('Leia todos os documentos até a última página antes de assinar.');
}
