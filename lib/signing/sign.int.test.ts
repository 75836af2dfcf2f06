import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { now, resetClock } from '../clock';
import { getDb } from '../db/client';
import { contracts, envelopeRecipients, envelopes } from '../db/schema';
import { AppError } from '../errors';
import { verifyChain } from '../evidence/verify-chain';
import { getBlobStore } from '../storage/get-blob-store';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { declineByToken } from './decline-by-token';
import { getDocumentFileByToken } from './get-document-file-by-token';
import { recordViewByToken } from './record-view-by-token';
import { resolveRecipientByToken } from './resolve-token';
import { signByToken } from './sign-by-token';
import { createSignerSession } from './signer-session';
import { eventsOf, phone, sentEnvelope, signIn } from './test-support';
import { refusal } from '../testing/refusal';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());
afterEach(() => resetClock());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const geo = { lat: -22.8833, lon: -43.1036, accuracy: 25 };

type Signer = Awaited<ReturnType<typeof sentEnvelope>>['customer'];

async function sign(s: Signer, extra: { geolocation?: typeof geo } = {}) {
  const session = await signIn(s.token, s.id);
  return signByToken(s.token, { session, typedName: s.name, ...extra }, phone);
}

async function setAction(recipientId: string, action: 'approve' | 'sign' | 'handwritten') {
  await (await getDb()).update(envelopeRecipients).set({ action }).where(eq(envelopeRecipients.id, recipientId));
}

describe('[SIGNING] signing', () => {
  it('four signers in order complete the envelope exactly once and activate the contract', async () => {
    const e = await sentEnvelope();
    expect(await recordViewByToken(e.customer.token, phone)).toEqual({ firstView: true, viewedToEnd: false });
    expect(await recordViewByToken(e.customer.token, phone)).toEqual({ firstView: false, viewedToEnd: false });

    expect(await sign(e.customer, { geolocation: geo })).toEqual({ envelopeCompleted: false, newlyDue: [e.company.id] });
    // The company's representative gets the link only now, by e-mail, in the same transaction.
    expect((await eventsOf(e.envelopeId, 'recipient.invited')).map((ev) => ev.recipientId)).toEqual([e.customer.id, e.company.id]);
    const r2 = await sign(e.company);
    expect(r2.envelopeCompleted).toBe(false);
    expect(new Set(r2.newlyDue)).toEqual(new Set([e.customerWitness.id, e.companyWitness.id]));
    expect(await sign(e.customerWitness)).toEqual({ envelopeCompleted: false, newlyDue: [] });
    expect(await sign(e.companyWitness)).toEqual({ envelopeCompleted: true, newlyDue: [] });

    // A retried request neither signs twice nor completes again.
    const again = await refusal(signByToken(e.companyWitness.token, { session: signInLate(e.companyWitness), typedName: e.companyWitness.name }, phone));
    expect(again.code).toMatch(/INVALID_STATE|CONFLICT/);

    const db = await getDb();
    const [env] = await db.select().from(envelopes).where(eq(envelopes.id, e.envelopeId));
    expect(env.status).toBe('sealing');
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, e.setup.contract.id));
    expect(contract.status).toBe('active');
    expect(await eventsOf(e.envelopeId, 'envelope.completed')).toHaveLength(1);
    expect(await eventsOf(e.envelopeId, 'contract.activated')).toHaveLength(1);

    const signed = await eventsOf(e.envelopeId, 'recipient.signed');
    expect(signed).toHaveLength(4);
    expect(signed[0]).toMatchObject({
      recipientId: e.customer.id,
      ip: '203.0.113.7',
      userAgent: phone.userAgent,
      payload: { action: 'sign', typedName: e.customer.name, geolocation: geo, authentication: { method: 'email', destination: expect.stringMatching(/^jo\*\*\*@/) } },
    });
    expect((signed[0].payload as { documents: unknown[] }).documents).toHaveLength(2);
    expect((signed[0].payload as { viewedAt: string | null }).viewedAt).not.toBeNull();
    expect(await verifyChain(db, e.envelopeId)).toMatchObject({ ok: true });
  });

  it('enforces the signing order, a session, and the session of the right signer', async () => {
    const e = await sentEnvelope();
    expect((await refusal(signByToken(e.company.token, { session: null }, phone))).code).toBe('UNAUTHENTICATED');
    const customerSession = await signIn(e.customer.token, e.customer.id);
    expect((await refusal(signByToken(e.company.token, { session: customerSession, typedName: e.company.name }, phone))).code).toBe('UNAUTHENTICATED');
    const companySession = await signIn(e.company.token, e.company.id);
    expect(await refusal(signByToken(e.company.token, { session: companySession, typedName: e.company.name }, phone))).toEqual({
      code: 'INVALID_STATE',
      message: 'Ainda não é a sua vez de assinar. Você receberá um aviso quando for.',
    });
    await signByToken(e.customer.token, { session: customerSession, typedName: e.customer.name }, phone);
    await expect(signByToken(e.company.token, { session: companySession, typedName: e.company.name }, phone)).resolves.toMatchObject({ envelopeCompleted: false });
  });

  it('"assinatura": the typed name must be the signer\'s, ignoring accents, case and spaces', async () => {
    const e = await sentEnvelope();
    const session = await signIn(e.customer.token, e.customer.id);
    const wrong = await refusal(signByToken(e.customer.token, { session, typedName: 'José da Silva' }, phone));
    expect(wrong.code).toBe('INVALID_INPUT');
    expect((await refusal(signByToken(e.customer.token, { session }, phone))).code).toBe('INVALID_INPUT');
    await expect(signByToken(e.customer.token, { session, typedName: '  jose  DA conceicao ' }, phone)).resolves.toMatchObject({ envelopeCompleted: false });
  });

  it('"manuscrita": only a PNG up to 500 KB; the drawing is stored and its hash kept in the evidence', async () => {
    const e = await sentEnvelope();
    await setAction(e.customer.id, 'handwritten');
    const session = await signIn(e.customer.token, e.customer.id);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(64)]);
    expect((await refusal(signByToken(e.customer.token, { session, drawing: jpeg }, phone))).message).toBe('A assinatura desenhada precisa ser uma imagem PNG.');
    const huge = Buffer.concat([PNG, Buffer.alloc(500 * 1024)]);
    expect((await refusal(signByToken(e.customer.token, { session, drawing: huge }, phone))).code).toBe('INVALID_INPUT');
    await signByToken(e.customer.token, { session, drawing: PNG }, phone);
    const [signed] = await eventsOf(e.envelopeId, 'recipient.signed');
    const sha = (signed.payload as { drawingSha256: string }).drawingSha256;
    expect((await getBlobStore().get(sha)).equals(PNG)).toBe(true);
  });

  it('"aprovação": a click is enough', async () => {
    const e = await sentEnvelope();
    await setAction(e.customer.id, 'approve');
    const session = await signIn(e.customer.token, e.customer.id);
    await expect(signByToken(e.customer.token, { session }, phone)).resolves.toMatchObject({ newlyDue: [e.company.id] });
  });

  it('two last signers finishing at the same instant complete the envelope once', async () => {
    const e = await sentEnvelope();
    await sign(e.customer);
    await sign(e.company);
    const [a, b] = await Promise.all([signIn(e.customerWitness.token, e.customerWitness.id), signIn(e.companyWitness.token, e.companyWitness.id)]);
    const results = await Promise.all([
      signByToken(e.customerWitness.token, { session: a, typedName: e.customerWitness.name }, phone),
      signByToken(e.companyWitness.token, { session: b, typedName: e.companyWitness.name }, phone),
    ]);
    expect(results.filter((r) => r.envelopeCompleted)).toHaveLength(1);
    expect(await eventsOf(e.envelopeId, 'envelope.completed')).toHaveLength(1);
    expect(await eventsOf(e.envelopeId, 'contract.activated')).toHaveLength(1);
    expect(await verifyChain(await getDb(), e.envelopeId)).toMatchObject({ ok: true });
  });

  it('the same signature sent twice at once is recorded once', async () => {
    const e = await sentEnvelope();
    await (await getDb()).update(envelopes).set({ signingOrdered: false }).where(eq(envelopes.id, e.envelopeId));
    const session = await signIn(e.customer.token, e.customer.id);
    const input = { session, typedName: e.customer.name };
    const settled = await Promise.allSettled([signByToken(e.customer.token, input, phone), signByToken(e.customer.token, input, phone)]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const rejected = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe('CONFLICT');
    expect(await eventsOf(e.envelopeId, 'recipient.signed')).toHaveLength(1);
  });

  it('"leitura obrigatória": every document read to the last page before signing', async () => {
    const e = await sentEnvelope();
    await (await getDb()).update(envelopes).set({ readRequired: true }).where(eq(envelopes.id, e.envelopeId));
    const session = await signIn(e.customer.token, e.customer.id);
    const docs = (await resolveRecipientByToken(e.customer.token, phone))!.documents;
    expect((await refusal(signByToken(e.customer.token, { session, typedName: e.customer.name }, phone))).message).toContain('Leia todos os documentos');
    for (const d of docs) expect(await recordViewByToken(e.customer.token, phone, { documentId: d.id, reachedEnd: true })).toMatchObject({ viewedToEnd: true });
    expect(await recordViewByToken(e.customer.token, phone, { documentId: docs[0].id, reachedEnd: true })).toMatchObject({ viewedToEnd: false });
    const read = await eventsOf(e.envelopeId, 'document.viewed_to_end');
    expect(read.map((r) => r.payload)).toEqual(docs.map((d) => expect.objectContaining({ documentId: d.id, sha256: d.sha256 })));
    await expect(signByToken(e.customer.token, { session, typedName: e.customer.name }, phone)).resolves.toBeTruthy();
  });

  it('records how far the signer scrolled into each document, and cites it in the signature', async () => {
    const e = await sentEnvelope();
    const session = await signIn(e.customer.token, e.customer.id);
    const [doc] = (await resolveRecipientByToken(e.customer.token, phone))!.documents;
    await recordViewByToken(e.customer.token, phone, { documentId: doc.id, lastPage: 1 });
    // Going back to an earlier page, or a page past the end, adds nothing new.
    await recordViewByToken(e.customer.token, phone, { documentId: doc.id, lastPage: 1 });
    await recordViewByToken(e.customer.token, phone, { documentId: doc.id, lastPage: 999 });
    const progress = await eventsOf(e.envelopeId, 'document.progress');
    expect(progress.map((p) => p.payload)).toEqual([{ documentId: doc.id, sha256: doc.sha256, lastPage: 1, pages: doc.pageCount }]);
    await signByToken(e.customer.token, { session, typedName: e.customer.name }, phone);
    const [signed] = await eventsOf(e.envelopeId, 'recipient.signed');
    expect((signed.payload.documents as unknown[])[0]).toMatchObject({ id: doc.id, sha256: doc.sha256, lastPageReached: 1, readToEnd: false });
  });
});

describe('[SIGNING] declines with a reason', () => {
  it('any signer may decline, whatever the order; the envelope is declined and closed to signing', async () => {
    const e = await sentEnvelope();
    const session = await signIn(e.companyWitness.token, e.companyWitness.id);
    expect((await refusal(declineByToken(e.companyWitness.token, { session, reason: 'não' }, phone))).code).toBe('INVALID_INPUT');
    expect((await refusal(declineByToken(e.companyWitness.token, { session: null, reason: 'Não conheço este cliente.' }, phone))).code).toBe('UNAUTHENTICATED');
    await declineByToken(e.companyWitness.token, { session, reason: '  Não conheço este cliente.  ' }, phone);

    const db = await getDb();
    const [r] = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.id, e.companyWitness.id));
    expect(r).toMatchObject({ status: 'declined', declineReason: 'Não conheço este cliente.' });
    expect(r.declinedAt).toBeInstanceOf(Date);
    const [env] = await db.select().from(envelopes).where(eq(envelopes.id, e.envelopeId));
    expect(env.status).toBe('declined');
    expect(await eventsOf(e.envelopeId, 'recipient.declined')).toHaveLength(1);
    expect(await eventsOf(e.envelopeId, 'envelope.declined')).toHaveLength(1);

    const customerSession = await signIn(e.customer.token, e.customer.id).catch((err: AppError) => err);
    expect((customerSession as AppError).code).toBe('INVALID_STATE');
    expect(await verifyChain(db, e.envelopeId)).toMatchObject({ ok: true });
  });

  it('reading a document in the portal is not a download; taking the file is, and lands on the trail', async () => {
    const e = await sentEnvelope();
    const session = await signIn(e.customer.token, e.customer.id);
    const [first] = (await resolveRecipientByToken(e.customer.token, phone))!.documents;
    await getDocumentFileByToken(e.customer.token, first.id, session, phone);
    expect(await eventsOf(e.envelopeId, 'document.downloaded')).toHaveLength(0);
    const file = await getDocumentFileByToken(e.customer.token, first.id, session, phone, { download: true });
    expect(file.sealed).toBe(false);
    const [downloaded] = await eventsOf(e.envelopeId, 'document.downloaded');
    expect(downloaded).toMatchObject({ recipientId: e.customer.id, actorType: 'signer', ip: phone.ip });
    expect(downloaded.payload).toEqual({ via: 'signer_link', documents: [{ id: first.id, name: first.name, version: 'original', sha256: first.sha256 }] });
    expect(await verifyChain(await getDb(), e.envelopeId)).toMatchObject({ ok: true });
  });
});

/** A valid session for a signer who already signed (as if they had proven access again). */
function signInLate(s: Signer) {
  return createSignerSession({ recipientId: s.id, linkVersion: s.linkVersion, method: 'email', destination: null }, now()).value;
}
