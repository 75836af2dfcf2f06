import 'server-only';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { clientIp } from '@/lib/http/client-ip';
import { SIGNER_SESSION_COOKIE } from '@/lib/signing/signer-session';
import type { SignerRequest } from '@/lib/signing/signer-request';

/** Who is asking, for the evidence every signer use-case records. */
export async function signerRequest(): Promise<SignerRequest> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get('user-agent') };
}

export async function signerSessionValue(): Promise<string | null> {
  return (await cookies()).get(SIGNER_SESSION_COOKIE)?.value ?? null;
}

/** httpOnly, scoped to this one link so two envelopes open on one phone never share a session. */
export async function setSignerSession(token: string, value: string, expires: Date) {
  (await cookies()).set(SIGNER_SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().publicUrl.startsWith('https:'),
    path: `/s/${token}`,
    expires,
  });
}
