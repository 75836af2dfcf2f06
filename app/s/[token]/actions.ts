'use server';

import { publicAction } from '@/lib/action';
import { now } from '@/lib/clock';
import { declineByToken, DECLINE_REASON_MAX, DECLINE_REASON_MIN } from '@/lib/signing/decline-by-token';
import { recordViewByToken } from '@/lib/signing/record-view-by-token';
import { sendAccessCodeByToken } from '@/lib/signing/send-access-code-by-token';
import { signByToken } from '@/lib/signing/sign-by-token';
import { uploadAttachmentByToken } from '@/lib/signing/upload-attachment-by-token';
import { verifyAccessCodeByToken } from '@/lib/signing/verify-access-code-by-token';
import { z } from '@/lib/validation';
import { setSignerSession, signerRequest, signerSessionValue } from './_lib/request';

// The signer side is public: the link token and the signer-session cookie are the authorisation,
// checked inside every use-case. These actions only parse input and map errors.

const token = z.string().min(1).max(256);

export async function sendCodeAction(raw: { token: string }) {
  return publicAction(async () => {
    const input = z.object({ token }).parse(raw);
    const sent = await sendAccessCodeByToken(input.token, await signerRequest());
    return {
      channel: sent.channel,
      destinationMasked: sent.destinationMasked,
      // Relative to the server's clock, so a phone with the wrong time still counts down right.
      resendInSeconds: Math.max(0, Math.ceil((sent.resendAvailableAt.getTime() - now().getTime()) / 1000)),
    };
  });
}

export async function verifyCodeAction(raw: { token: string; code: string }) {
  return publicAction(async () => {
    const input = z.object({ token, code: z.string().trim().regex(/^\d{4,6}$/, 'Digite só os números do código.') }).parse(raw);
    const { session, expiresAt } = await verifyAccessCodeByToken(input.token, input.code, await signerRequest());
    await setSignerSession(input.token, session, expiresAt);
  });
}

export async function recordViewAction(raw: { token: string; documentId?: string; reachedEnd?: boolean; lastPage?: number }) {
  return publicAction(async () => {
    const input = z.object({ token, documentId: z.uuid().optional(), reachedEnd: z.boolean().optional(), lastPage: z.number().int().min(1).max(100_000).optional() }).parse(raw);
    await recordViewByToken(input.token, await signerRequest(), { documentId: input.documentId, reachedEnd: input.reachedEnd, lastPage: input.lastPage });
  });
}

const coordinate = z.coerce.number().finite();
const signInput = z.object({
  token,
  typedName: z.string().max(300).optional(),
  drawing: z.instanceof(File).optional(),
  lat: coordinate.optional(),
  lon: coordinate.optional(),
  accuracy: coordinate.optional(),
  documentNumber: z.string().max(100).optional(),
});

/** FormData, so a drawn signature travels as a PNG file rather than base64 text. */
export async function signAction(form: FormData) {
  return publicAction(async () => {
    const field = (k: string) => {
      const v = form.get(k);
      return v === null || v === '' ? undefined : v;
    };
    const input = signInput.parse({
      token: field('token'),
      typedName: field('typedName'),
      drawing: field('drawing'),
      lat: field('lat'),
      lon: field('lon'),
      accuracy: field('accuracy'),
      documentNumber: field('documentNumber'),
    });
    const geolocation =
      input.lat !== undefined && input.lon !== undefined && input.accuracy !== undefined ? { lat: input.lat, lon: input.lon, accuracy: input.accuracy } : null;
    const drawing = input.drawing ? new Uint8Array(await input.drawing.arrayBuffer()) : null;
    const result = await signByToken(input.token, { session: await signerSessionValue(), typedName: input.typedName, drawing, geolocation, documentNumber: input.documentNumber }, await signerRequest());
    return { envelopeCompleted: result.envelopeCompleted };
  });
}

export async function declineAction(raw: { token: string; reason: string }) {
  return publicAction(async () => {
    const input = z
      .object({
        token,
        reason: z
          .string()
          .trim()
          .min(DECLINE_REASON_MIN, `Conte o motivo em pelo menos ${DECLINE_REASON_MIN} caracteres.`)
          .max(DECLINE_REASON_MAX, `Use no máximo ${DECLINE_REASON_MAX} caracteres.`),
      })
      .parse(raw);
    await declineByToken(input.token, { session: await signerSessionValue(), reason: input.reason }, await signerRequest());
  });
}

/** FormData with the file: "anexos" of up to 10 MB travel as bytes, checked by content on the server. */
export async function uploadAttachmentAction(form: FormData) {
  return publicAction(async () => {
    const input = z.object({ token, requestId: z.string().min(1).max(64), file: z.instanceof(File, { message: 'Escolha um arquivo.' }) }).parse({
      token: form.get('token'),
      requestId: form.get('requestId'),
      file: form.get('file'),
    });
    const uploaded = await uploadAttachmentByToken(
      input.token,
      { session: await signerSessionValue(), requestId: input.requestId, fileName: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) },
      await signerRequest(),
    );
    return { requestId: uploaded.requestId, fileName: uploaded.fileName, sizeBytes: uploaded.sizeBytes };
  });
}
