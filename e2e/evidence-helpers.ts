import { expect, type APIRequestContext } from '@playwright/test';

export type SealedEnvelope = {
  accountId: string;
  envelopeId: string;
  admin: { email: string; password: string };
  signers: string[];
  documents: { id: string; name: string; sha256: string; sealedSha256: string; verificationCode: string }[];
};

/** A contract's envelope signed by its four recipients and sealed, through the server's test hooks. */
export async function sealedEnvelope(request: APIRequestContext): Promise<SealedEnvelope> {
  const res = await request.post('/api/test/sealed-envelope', { data: {}, timeout: 60_000 });
  expect(res.ok(), await res.text()).toBeTruthy();
  return res.json();
}
