'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/action';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { openEnvelopeFromSpace } from '@/lib/signer-space/open-envelope-from-space';
import { sendSpaceCode } from '@/lib/signer-space/send-space-code';
import { SPACE_SESSION_COOKIE } from '@/lib/signer-space/space-session';
import { verifySpaceCode } from '@/lib/signer-space/verify-space-code';
import { z } from '@/lib/validation';
import { setSignerSession, signerRequest } from './[token]/_lib/request';

// The signer space (/s without a link) is public: the CPF's proven code, in an httpOnly cookie,
// is the authorisation, checked inside every use-case. These actions only parse and map errors.

const cpf = z.string().trim().min(1, 'Digite o seu CPF.').max(20, 'CPF inválido. Confira os 11 números.');

export async function sendSpaceCodeAction(raw: { cpf: string }) {
  return publicAction(async () => {
    const input = z.object({ cpf }).parse(raw);
    const sent = await sendSpaceCode(input.cpf, await signerRequest());
    return { message: sent.message, resendInSeconds: Math.max(0, Math.ceil((sent.resendAvailableAt.getTime() - now().getTime()) / 1000)) };
  });
}

export async function verifySpaceCodeAction(raw: { cpf: string; code: string }) {
  return publicAction(async () => {
    const input = z.object({ cpf, code: z.string().trim().regex(/^\d{6}$/, 'Digite os 6 números do código.') }).parse(raw);
    const session = await verifySpaceCode(input.cpf, input.code);
    (await cookies()).set(SPACE_SESSION_COOKIE, session.value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env().publicUrl.startsWith('https:'),
      path: '/s',
      expires: session.expiresAt,
    });
  });
}

/** "Assinar": the envelope opens past its access step, with a session of its own. */
export async function openFromSpaceAction(raw: { recipientId: string }) {
  const result = await publicAction(async () => {
    const input = z.object({ recipientId: z.uuid('Documento inválido.') }).parse(raw);
    const opened = await openEnvelopeFromSpace((await cookies()).get(SPACE_SESSION_COOKIE)?.value, input.recipientId, await signerRequest());
    await setSignerSession(opened.token, opened.session, opened.expiresAt);
    return opened.token;
  });
  if (result.ok) redirect(`/s/${result.data}`);
  return result;
}

export async function leaveSpaceAction() {
  (await cookies()).delete({ name: SPACE_SESSION_COOKIE, path: '/s' });
  redirect('/s');
}
