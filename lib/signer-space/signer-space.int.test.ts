import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { desc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, now, resetClock } from '../clock';
import { getDb } from '../db/client';
import { messages } from '../db/schema';
import { openMessageContent } from '../notify/message-content';
import { renderTemplate } from '../notification-templates/variables';
import { signByToken } from '../signing/sign-by-token';
import { eventsOf, phone, sentEnvelope, signIn } from '../signing/test-support';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { getSpaceDocumentFile } from './get-space-document-file';
import { listSpaceEnvelopes } from './list-space-envelopes';
import { openEnvelopeFromSpace } from './open-envelope-from-space';
import { MAX_SPACE_CODES_PER_IP_HOUR, sendSpaceCode, SPACE_CODE_SENT_MESSAGE } from './send-space-code';
import { createSpaceSession } from './space-session';
import { verifySpaceCode } from './verify-space-code';
import { refusal } from '../testing/refusal';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());
afterEach(() => resetClock());

const formatted = (cpf: string) => `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
let ipSeq = 0;
/** Each test asks from its own device, so the per-IP limit of one test never trips another. */
const device = () => ({ ...phone, ip: `198.51.100.${++ipSeq}` });

async function spaceCodeSentTo(recipientId: string) {
  const db = await getDb();
  const [m] = await db.select().from(messages).where(eq(messages.recipientId, recipientId)).orderBy(desc(messages.createdAt)).limit(1);
  const content = openMessageContent(m.id, m.contentEnc);
  return { to: m.toAddress, subject: renderTemplate(content.subject ?? '', content.variables), code: /\b(\d{6})\b/.exec(renderTemplate(content.body ?? '', content.variables))![1] };
}

async function messageCount() {
  const db = await getDb();
  return (await db.select({ id: messages.id }).from(messages)).length;
}

describe('[SIGNER SPACE] CPF → code → every envelope of that CPF', () => {
  it('lists the envelopes of the CPF from every account, with status and files; signs one from there', async () => {
    const cpf = generateCpf();
    const older = await sentEnvelope({ customer: { taxId: cpf, name: 'Ana Cliente' } });
    advanceClock(60_000);
    const newer = await sentEnvelope({ customer: { taxId: cpf, name: 'Ana Cliente', emails: ['ana.nova@cliente.com.br'] } });
    // The older one is signed: it lists as signed, and its files download.
    const session = await signIn(older.customer.token, older.customer.id);
    await signByToken(older.customer.token, { session, typedName: 'Ana Cliente' }, phone);
    const stranger = await sentEnvelope(); // another CPF: never listed

    const req = device();
    expect(await sendSpaceCode(formatted(cpf), req)).toMatchObject({ message: SPACE_CODE_SENT_MESSAGE });
    // The code goes to the contact of the newest envelope.
    const sent = await spaceCodeSentTo(newer.customer.id);
    expect(sent.to).toBe('ana.nova@cliente.com.br');
    expect(sent.subject).toBe('Seu código de acesso para ver seus documentos');

    const cookie = await verifySpaceCode(cpf, sent.code);
    const list = await listSpaceEnvelopes(cookie.value);
    expect(list.map((e) => e.recipientId)).toEqual([newer.customer.id, older.customer.id]);
    expect(list.map((e) => e.sender)).toEqual([newer.setup.branch.name, older.setup.branch.name]);
    expect(list[0]).toMatchObject({ recipientStatus: 'sent', canSign: true, signedAt: null });
    expect(list[1]).toMatchObject({ recipientStatus: 'signed', canSign: false });
    expect(list[1].signedAt).toBeInstanceOf(Date);
    expect(list[0].documents.map((d) => d.name)).toHaveLength(2);
    expect(list.some((e) => e.recipientId === stranger.customer.id)).toBe(false);

    const file = await getSpaceDocumentFile(cookie.value, older.customer.id, list[1].documents[0].id, req);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const [downloaded] = await eventsOf(older.envelopeId, 'document.downloaded');
    expect(downloaded).toMatchObject({ recipientId: older.customer.id, actorType: 'signer', ip: req.ip });
    expect(downloaded.payload).toMatchObject({ via: 'signer_space', documents: [{ id: list[1].documents[0].id, version: 'original' }] });
    // Another person's recipient, or a document of another envelope: not found.
    expect(await refusal(getSpaceDocumentFile(cookie.value, stranger.customer.id, list[1].documents[0].id, req))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(getSpaceDocumentFile(cookie.value, newer.customer.id, list[1].documents[0].id, req))).toMatchObject({ code: 'NOT_FOUND' });

    // "Assinar" opens the pending one already past the access step, recorded on its trail.
    const opened = await openEnvelopeFromSpace(cookie.value, newer.customer.id, req);
    expect(opened.token).toBe(newer.customer.token);
    await signByToken(opened.token, { session: opened.session, typedName: 'Ana Cliente' }, phone);
    const [verified] = await eventsOf(newer.envelopeId, 'code.verified');
    expect(verified.payload).toMatchObject({ channel: 'email', destination: expect.stringContaining('***'), via: 'signer_space' });
    expect(await refusal(openEnvelopeFromSpace(cookie.value, newer.customer.id, req))).toMatchObject({ code: 'INVALID_STATE' });
    expect(await refusal(openEnvelopeFromSpace(cookie.value, stranger.customer.id, req))).toMatchObject({ code: 'NOT_FOUND' });
  }, 60_000);

  it('a CPF without envelopes gets the same answers as one with envelopes, and no message goes out', async () => {
    const withDocs = (await sentEnvelope()).setup.customer.taxId;
    const withoutDocs = generateCpf();
    const req = device();
    const before = await messageCount();
    const a = await sendSpaceCode(withDocs, req);
    const b = await sendSpaceCode(withoutDocs, req);
    expect(a.message).toBe(b.message);
    expect(await messageCount()).toBe(before + 1);
    // Same minute limit, same wrong-code countdown, same lock after five.
    expect(await refusal(sendSpaceCode(withDocs, req))).toEqual(await refusal(sendSpaceCode(withoutDocs, req)));
    for (let i = 0; i < 5; i++) {
      expect(await refusal(verifySpaceCode(withDocs, '000000'))).toEqual(await refusal(verifySpaceCode(withoutDocs, '000000')));
    }
    expect(await refusal(verifySpaceCode(withoutDocs, '000000'))).toEqual({ code: 'RATE_LIMITED', message: 'Muitas tentativas. Peça um novo código.' });
  });

  it('five wrong tries kill the code even when the right one follows; a new code is needed and works once', async () => {
    const e = await sentEnvelope();
    const cpf = e.setup.customer.taxId;
    const req = device();
    await sendSpaceCode(cpf, req);
    const { code } = await spaceCodeSentTo(e.customer.id);
    const wrong = code === '123456' ? '654321' : '123456';
    expect(await refusal(verifySpaceCode(cpf, wrong))).toEqual({ code: 'INVALID_INPUT', message: 'Código incorreto. Restam 4 tentativas.' });
    for (let i = 0; i < 4; i++) await refusal(verifySpaceCode(cpf, wrong));
    expect(await refusal(verifySpaceCode(cpf, code))).toMatchObject({ code: 'RATE_LIMITED' });

    advanceClock(61_000);
    await sendSpaceCode(cpf, req);
    const fresh = (await spaceCodeSentTo(e.customer.id)).code;
    await verifySpaceCode(cpf, fresh);
    expect(await refusal(verifySpaceCode(cpf, fresh))).toMatchObject({ message: 'Este código já foi usado. Peça um novo código.' });
  });

  it('an expired code, an invalid CPF, an expired or forged session are refused with what to do', async () => {
    const e = await sentEnvelope();
    const cpf = e.setup.customer.taxId;
    await sendSpaceCode(cpf, device());
    const { code } = await spaceCodeSentTo(e.customer.id);
    advanceClock(10 * 60_000 + 1);
    expect(await refusal(verifySpaceCode(cpf, code))).toMatchObject({ message: 'Código expirado. Peça um novo código.' });
    expect(await refusal(sendSpaceCode('123.456.789-00', device()))).toMatchObject({ code: 'INVALID_INPUT', message: 'CPF inválido. Confira os 11 números.' });

    const old = createSpaceSession({ cpf, channel: 'email', destination: 'x' }, new Date(now().getTime() - 31 * 60_000));
    expect(await refusal(listSpaceEnvelopes(old.value))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const good = createSpaceSession({ cpf, channel: 'email', destination: 'x' }, now()).value;
    const forged = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
    expect(await refusal(listSpaceEnvelopes(forged))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refusal(listSpaceEnvelopes(null))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it(`one device may ask for ${MAX_SPACE_CODES_PER_IP_HOUR} codes an hour, whatever the CPFs`, async () => {
    const req = device();
    for (let i = 0; i < MAX_SPACE_CODES_PER_IP_HOUR; i++) await sendSpaceCode(generateCpf(), req);
    expect(await refusal(sendSpaceCode(generateCpf(), req))).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/deste aparelho/) });
    expect(await sendSpaceCode(generateCpf(), device())).toMatchObject({ message: SPACE_CODE_SENT_MESSAGE });
    advanceClock(60 * 60_000 + 1);
    expect(await sendSpaceCode(generateCpf(), req)).toMatchObject({ message: SPACE_CODE_SENT_MESSAGE });
  });
});
