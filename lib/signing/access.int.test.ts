import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { advanceClock, resetClock } from '../clock';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes, messages } from '../db/schema';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { TOO_MANY_CODES_MESSAGE } from './access-code-rules';
import { resolveRecipientByToken } from './resolve-token';
import { sendAccessCodeByToken } from './send-access-code-by-token';
import { hashSignerCode } from './signer-code-hash';
import { hashSignerToken, signerToken } from './signer-link';
import { createSignerSession, verifySignerSession } from './signer-session';
import { eventsOf, lastCodeSentTo, phone, sentEnvelope } from './test-support';
import { verifyAccessCodeByToken } from './verify-access-code-by-token';
import { refusal } from '../testing/refusal';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());
afterEach(() => {
  resetClock();
  vi.restoreAllMocks();
});

describe('[SIGNING] signer links', () => {
  it('opens the recipient, its envelope and documents for the right token', async () => {
    const e = await sentEnvelope();
    const resolved = await resolveRecipientByToken(e.customer.token, phone);
    expect(resolved?.recipient.id).toBe(e.customer.id);
    expect(resolved?.envelope.id).toBe(e.envelopeId);
    expect(resolved?.documents.map((d) => d.kind)).toEqual(['contract', 'term']);
    expect(resolved?.sender).toBe(e.setup.branch.name); // who sent it, as the signer knows them
    // 256 bits, and only the hash is stored.
    expect(Buffer.from(e.customer.token, 'base64url')).toHaveLength(32);
    expect(e.customer.tokenHash).toBe(hashSignerToken(e.customer.token));
  });

  it('a tampered, random or foreign-id token gets null and a warning without the token', async () => {
    const e = await sentEnvelope();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = e.customer.token;
    const tampered = (t[0] === 'A' ? 'B' : 'A') + t.slice(1);
    for (const bad of [tampered, randomBytes(32).toString('base64url'), e.envelopeId, '', 'x'.repeat(10_000)]) {
      expect(await resolveRecipientByToken(bad, phone)).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(5);
    const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('203.0.113.7');
    expect(logged).not.toContain(tampered);
    expect(logged).not.toContain(e.envelopeId);
  });

  it('a token minted for another signer or link version opens nothing of this signer', async () => {
    const e = await sentEnvelope();
    const other = await sentEnvelope();
    const resolved = await resolveRecipientByToken(other.customer.token, phone);
    expect(resolved?.envelope.id).toBe(other.envelopeId);
    expect(resolved?.envelope.id).not.toBe(e.envelopeId);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await resolveRecipientByToken(signerToken(e.customer.id, 2), phone)).toBeNull();
  });

  it('a revoked link (linkVersion bumped) is refused and logged on the trail', async () => {
    const e = await sentEnvelope();
    const db = await getDb();
    await db.update(envelopeRecipients).set({ linkVersion: 2 }).where(eq(envelopeRecipients.id, e.customer.id));
    expect(await resolveRecipientByToken(e.customer.token, phone)).toBeNull();
    const [rejected] = await eventsOf(e.envelopeId, 'link.rejected');
    expect(rejected).toMatchObject({ recipientId: e.customer.id, ip: '203.0.113.7', payload: { reason: 'link_revoked' } });
  });

  it('expires with the envelope and dies when it is cancelled; each attempt is logged', async () => {
    const e = await sentEnvelope();
    const [env] = await (await getDb()).select().from(envelopes).where(eq(envelopes.id, e.envelopeId));
    advanceClock(env.expiresAt.getTime() - Date.now() + 1000);
    expect(await resolveRecipientByToken(e.customer.token, phone)).toBeNull();
    resetClock();

    const c = await sentEnvelope();
    await (await getDb()).update(envelopes).set({ status: 'cancelled' }).where(eq(envelopes.id, c.envelopeId));
    expect(await resolveRecipientByToken(c.company.token, phone)).toBeNull();

    expect((await eventsOf(e.envelopeId, 'link.rejected')).map((x) => x.payload)).toEqual([{ reason: 'envelope_expired' }]);
    expect((await eventsOf(c.envelopeId, 'link.rejected')).map((x) => x.payload)).toEqual([{ reason: 'envelope_cancelled' }]);
  });
});

describe('[SIGNING] one-time access code', () => {
  it('sends 6 digits by e-mail, masked in the evidence, and a correct code opens a session', async () => {
    const e = await sentEnvelope();
    const sent = await sendAccessCodeByToken(e.customer.token, phone);
    expect(sent.channel).toBe('email');
    expect(sent.destinationMasked).toMatch(/^jo\*\*\*@cliente\.com\.br$/);
    const code = await lastCodeSentTo(e.customer.id);
    expect(code).toMatch(/^\d{6}$/);

    const db = await getDb();
    // The invitation with the link went first; the code is the newest message.
    const [m] = await db.select().from(messages).where(eq(messages.recipientId, e.customer.id)).orderBy(desc(messages.createdAt)).limit(1);
    expect(m.subject).toContain('código de acesso');
    expect(m.subject).not.toContain(code);

    const { session } = await verifyAccessCodeByToken(e.customer.token, code, phone);
    expect(verifySignerSession(session, e.customer, new Date())).toMatchObject({ recipientId: e.customer.id, method: 'email' });
    const [codeSent] = await eventsOf(e.envelopeId, 'code.sent');
    expect(codeSent.payload).toMatchObject({ channel: 'email', destination: sent.destinationMasked });
    expect(JSON.stringify(await eventsOf(e.envelopeId))).not.toContain(e.customer.email!);
    expect(await eventsOf(e.envelopeId, 'code.verified')).toHaveLength(1);

    // A used code does not open a second session.
    expect((await refusal(verifyAccessCodeByToken(e.customer.token, code, phone))).message).toContain('já foi usado');
  });

  it('counts wrong tries, then the code is dead even when typed right', async () => {
    const e = await sentEnvelope();
    await sendAccessCodeByToken(e.customer.token, phone);
    const code = await lastCodeSentTo(e.customer.id);
    const wrong = code === '000000' ? '111111' : '000000';
    const messagesSeen = [];
    for (let i = 0; i < 5; i++) messagesSeen.push((await refusal(verifyAccessCodeByToken(e.customer.token, wrong, phone))).message);
    expect(messagesSeen).toEqual([
      'Código incorreto. Restam 4 tentativas.',
      'Código incorreto. Restam 3 tentativas.',
      'Código incorreto. Restam 2 tentativas.',
      'Código incorreto. Resta 1 tentativa.',
      'Muitas tentativas. Peça um novo código.',
    ]);
    expect(await refusal(verifyAccessCodeByToken(e.customer.token, code, phone))).toEqual({ code: 'RATE_LIMITED', message: 'Muitas tentativas. Peça um novo código.' });
    expect(await eventsOf(e.envelopeId, 'code.failed')).toHaveLength(5);

    // A new code (after the resend interval) works.
    advanceClock(61_000);
    await sendAccessCodeByToken(e.customer.token, phone);
    await expect(verifyAccessCodeByToken(e.customer.token, await lastCodeSentTo(e.customer.id), phone)).resolves.toHaveProperty('session');
  });

  it('expires after 10 minutes', async () => {
    const e = await sentEnvelope();
    await sendAccessCodeByToken(e.customer.token, phone);
    const code = await lastCodeSentTo(e.customer.id);
    advanceClock(10 * 60_000 + 1);
    expect((await refusal(verifyAccessCodeByToken(e.customer.token, code, phone))).message).toBe('Código expirado. Peça um novo código.');
  });

  it('resends at most once a minute, and only the newest code counts', async () => {
    const e = await sentEnvelope();
    await sendAccessCodeByToken(e.customer.token, phone);
    const first = await lastCodeSentTo(e.customer.id);
    advanceClock(20_000);
    expect(await refusal(sendAccessCodeByToken(e.customer.token, phone))).toEqual({ code: 'RATE_LIMITED', message: 'Aguarde 40 segundos para pedir um novo código.' });
    advanceClock(40_000);
    await sendAccessCodeByToken(e.customer.token, phone);
    const second = await lastCodeSentTo(e.customer.id);
    if (first !== second) expect((await refusal(verifyAccessCodeByToken(e.customer.token, first, phone))).code).toBe('INVALID_INPUT');
    await expect(verifyAccessCodeByToken(e.customer.token, second, phone)).resolves.toHaveProperty('session');
  });

  it('caps the codes a signer can ask for in 24 hours', async () => {
    const e = await sentEnvelope();
    for (let i = 0; i < 10; i++) {
      await sendAccessCodeByToken(e.customer.token, phone);
      advanceClock(61_000);
    }
    expect(await refusal(sendAccessCodeByToken(e.customer.token, phone))).toEqual({ code: 'RATE_LIMITED', message: TOO_MANY_CODES_MESSAGE });
    advanceClock(24 * 3_600_000);
    await expect(sendAccessCodeByToken(e.customer.token, phone)).resolves.toHaveProperty('channel', 'email');
  });

  it('a code of one signer does not open another signer', async () => {
    const e = await sentEnvelope();
    await sendAccessCodeByToken(e.customer.token, phone);
    await sendAccessCodeByToken(e.company.token, phone);
    const customerCode = await lastCodeSentTo(e.customer.id);
    const companyCode = await lastCodeSentTo(e.company.id);
    if (customerCode !== companyCode) expect((await refusal(verifyAccessCodeByToken(e.company.token, customerCode, phone))).code).toBe('INVALID_INPUT');
  });
});

describe("[SIGNING] the sender's 4-digit access code", () => {
  it('opens a session with the right code; five wrong tries lock it until the sender sets a new one', async () => {
    const e = await sentEnvelope();
    const db = await getDb();
    await db
      .update(envelopeRecipients)
      .set({ authMethod: 'access_code', accessCodeHash: hashSignerCode(e.customer.id, '4821') })
      .where(eq(envelopeRecipients.id, e.customer.id));
    expect((await refusal(sendAccessCodeByToken(e.customer.token, phone))).code).toBe('INVALID_STATE');

    const { session } = await verifyAccessCodeByToken(e.customer.token, '4821', phone);
    expect(verifySignerSession(session, e.customer, new Date())?.method).toBe('access_code');

    for (let i = 0; i < 4; i++) expect((await refusal(verifyAccessCodeByToken(e.customer.token, '0000', phone))).code).toBe('INVALID_INPUT');
    expect((await refusal(verifyAccessCodeByToken(e.customer.token, '1234', phone))).message).toBe(
      'Muitas tentativas. Peça a quem enviou o documento um novo código de acesso.',
    );
    expect((await refusal(verifyAccessCodeByToken(e.customer.token, '4821', phone))).code).toBe('RATE_LIMITED');

    await db.update(envelopeRecipients).set({ accessCodeHash: hashSignerCode(e.customer.id, '7390') }).where(eq(envelopeRecipients.id, e.customer.id));
    await expect(verifyAccessCodeByToken(e.customer.token, '7390', phone)).resolves.toHaveProperty('session');
  });
});

describe('[SIGNING] signer session', () => {
  it('refuses a tampered, expired, foreign or revoked session value', async () => {
    const at = new Date('2026-11-23T12:00:00Z');
    const me = { id: '0b3c6f9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f', linkVersion: 1 };
    const { value } = createSignerSession({ recipientId: me.id, linkVersion: 1, method: 'email', destination: 'jo***@x.com' }, at);
    expect(verifySignerSession(value, me, at)?.recipientId).toBe(me.id);

    const [v, body, sig] = value.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, e: claims.e + 86_400_000 })).toString('base64url');
    expect(verifySignerSession(`${v}.${forged}.${sig}`, me, at)).toBeNull();
    expect(verifySignerSession(`${v}.${body}.${sig.slice(0, -2)}AA`, me, at)).toBeNull();
    expect(verifySignerSession(value, me, new Date(at.getTime() + 2 * 3_600_000))).toBeNull();
    expect(verifySignerSession(value, { ...me, id: 'a0b3c6f9-1d2a-4c5b-8e7f-9a0b1c2d3e4f' }, at)).toBeNull();
    expect(verifySignerSession(value, { ...me, linkVersion: 2 }, at)).toBeNull();
    expect(verifySignerSession('lixo', me, at)).toBeNull();
    expect(verifySignerSession(undefined, me, at)).toBeNull();
  });
});
