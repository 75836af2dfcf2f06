'use server';

import { publicAction } from '@/lib/action';
import { acceptIdentityConsentByToken } from '@/lib/identity/accept-identity-consent-by-token';
import { getIdentityStateByToken } from '@/lib/identity/get-identity-state';
import { submitIdDocumentByToken } from '@/lib/identity/submit-id-document-by-token';
import { submitSelfieByToken } from '@/lib/identity/submit-selfie-by-token';
import { z } from '@/lib/validation';
import { signerRequest, signerSessionValue } from '../_lib/request';

// Identity proof in the signer portal. Public endpoints: the link token and the signer-session
// cookie are the authorisation, checked inside every use-case. Images travel as files in FormData.

const token = z.string().min(1).max(256);

const file = async (form: FormData, key: string) => {
  const v = form.get(key);
  return v instanceof File && v.size > 0 ? new Uint8Array(await v.arrayBuffer()) : null;
};

export async function getIdentityStateAction(raw: { token: string }) {
  return publicAction(async () => {
    const input = z.object({ token }).parse(raw);
    return getIdentityStateByToken(input.token, await signerSessionValue(), await signerRequest());
  });
}

export async function acceptIdentityConsentAction(raw: { token: string }) {
  return publicAction(async () => {
    const input = z.object({ token }).parse(raw);
    return acceptIdentityConsentByToken(input.token, { session: await signerSessionValue() }, await signerRequest());
  });
}

export async function submitSelfieAction(form: FormData) {
  return publicAction(async () => {
    const t = token.parse(form.get('token'));
    return submitSelfieByToken(t, { session: await signerSessionValue(), image: await file(form, 'image') }, await signerRequest());
  });
}

export async function submitIdDocumentAction(form: FormData) {
  return publicAction(async () => {
    const t = token.parse(form.get('token'));
    return submitIdDocumentByToken(t, { session: await signerSessionValue(), front: await file(form, 'front'), back: await file(form, 'back') }, await signerRequest());
  });
}
