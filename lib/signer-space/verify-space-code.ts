import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { signerSpaceCodes } from '../db/schema';
import { AppError } from '../errors';
import { MAX_CODE_ATTEMPTS, wrongCodeMessage } from '../signing/access-code-rules';
import { cpfKey, spaceCodeHash } from './cpf-key';
import { parseCpf } from './send-space-code';
import { createSpaceSession } from './space-session';

const TOO_MANY = 'Muitas tentativas. Peça um novo código.';
type Outcome = { ok: true; session: { value: string; expiresAt: Date } } | { ok: false; error: AppError };
const fail = (code: 'INVALID_INPUT' | 'INVALID_STATE' | 'RATE_LIMITED', userMessage: string): Outcome => ({ ok: false, error: new AppError(code, { userMessage }) });

function matches(stored: string | null, key: string, typed: string) {
  // A CPF without documents has no code: every try is wrong, counted and answered the same way.
  const a = Buffer.from(spaceCodeHash(key, typed), 'hex');
  const b = Buffer.from(stored ?? '0'.repeat(64), 'hex');
  return timingSafeEqual(a, b) && stored !== null;
}

/**
 * Step 2 of the signer space: the code typed for this CPF. Same limits as a signer link's code
 * (newest code only, 10 minutes, 5 wrong tries, used once); a wrong try is committed before the
 * refusal. Returns the value of the space's session cookie.
 */
export async function verifySpaceCode(rawCpf: string, rawCode: string): Promise<{ value: string; expiresAt: Date }> {
  const cpf = parseCpf(rawCpf);
  const key = cpfKey(cpf);
  const typed = String(rawCode ?? '').replace(/\s+/g, '');
  const at = now();
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`space:${key}`}))`);
    const [row] = await tx.select().from(signerSpaceCodes).where(eq(signerSpaceCodes.cpfKey, key)).orderBy(desc(signerSpaceCodes.sentAt)).limit(1);
    if (!row) return fail('INVALID_STATE', 'Peça um código para continuar.');
    if (row.consumedAt) return fail('INVALID_STATE', 'Este código já foi usado. Peça um novo código.');
    if (row.attempts >= MAX_CODE_ATTEMPTS) return fail('RATE_LIMITED', TOO_MANY);
    if (row.expiresAt <= at) return fail('INVALID_STATE', 'Código expirado. Peça um novo código.');
    if (!/^\d{6}$/.test(typed) || !matches(row.codeHash, key, typed)) {
      const [u] = await tx
        .update(signerSpaceCodes)
        .set({ attempts: sql`${signerSpaceCodes.attempts} + 1` })
        .where(eq(signerSpaceCodes.id, row.id))
        .returning({ attempts: signerSpaceCodes.attempts });
      const remaining = Math.max(0, MAX_CODE_ATTEMPTS - u.attempts);
      return remaining === 0 ? fail('RATE_LIMITED', TOO_MANY) : fail('INVALID_INPUT', wrongCodeMessage(remaining));
    }
    await tx.update(signerSpaceCodes).set({ consumedAt: at }).where(eq(signerSpaceCodes.id, row.id));
    const channel = row.channel === 'sms' || row.channel === 'whatsapp' ? row.channel : 'email';
    return { ok: true, session: createSpaceSession({ cpf, channel, destination: row.destinationMasked ?? '' }, at) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.session;
}
