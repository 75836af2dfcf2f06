import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes, signerAttachments, type AttachmentRequest } from '../db/schema';
import { createEnvelope } from '../envelopes/create-envelope';
import { listContractEnvelopes } from '../envelopes/list-contract-envelopes';
import { getSignerAttachment } from '../envelopes/get-signer-attachment';
import { verifyChain } from '../evidence/verify-chain';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { samplePdf } from '../testing/sample-pdf';
import { signByToken, GEOLOCATION_REQUIRED_MESSAGE } from './sign-by-token';
import { uploadAttachmentByToken } from './upload-attachment-by-token';
import { eventsOf, phone, sentEnvelope, signIn } from './test-support';
import { refusal } from '../testing/refusal';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const requests: AttachmentRequest[] = [
  { id: 'comprovante', name: 'Comprovante de residência', required: true, visibleToAll: false },
  { id: 'rg', name: 'Foto do RG', required: false, visibleToAll: false },
];

async function envelopeAsking(set: Partial<typeof envelopeRecipients.$inferInsert>) {
  const e = await sentEnvelope();
  await (await getDb()).update(envelopeRecipients).set(set).where(eq(envelopeRecipients.id, e.customer.id));
  return e;
}

describe('[SIGNING] requested attachments ("anexos")', () => {
  it('takes PDF, JPEG and PNG by content, refuses the wrong type and oversize files, and signing waits for the required ones', async () => {
    const e = await envelopeAsking({ attachmentRequests: requests });
    const session = await signIn(e.customer.token, e.customer.id);
    const upload = (requestId: string, fileName: string, bytes: Uint8Array) => uploadAttachmentByToken(e.customer.token, { session, requestId, fileName, bytes }, phone);

    // A text file renamed to .pdf is still not a PDF.
    const fake = await refusal(upload('comprovante', 'comprovante.pdf', new TextEncoder().encode('<html>olá</html>')));
    expect(fake).toMatchObject({ code: 'INVALID_INPUT', message: 'Envie um arquivo PDF, JPG ou PNG.' });
    expect((await refusal(upload('comprovante', 'grande.pdf', new Uint8Array(10 * 1024 * 1024 + 1)))).message).toMatch(/passa de 10 MB/);
    expect((await refusal(upload('outro', 'x.pdf', await samplePdf(1)))).message).toBe('Este anexo não foi pedido neste documento.');
    const anonymous = uploadAttachmentByToken(e.customer.token, { session: null, requestId: 'comprovante', fileName: 'x.png', bytes: PNG }, phone);
    expect((await refusal(anonymous)).code).toBe('UNAUTHENTICATED');

    // Signing waits for the required one only.
    const waiting = await refusal(signByToken(e.customer.token, { session, typedName: e.customer.name }, phone));
    expect(waiting).toMatchObject({ code: 'INVALID_STATE', message: 'Envie o anexo obrigatório antes de assinar: Comprovante de residência.' });

    // A PNG named .pdf is stored as what it is; uploading again replaces it.
    const first = await upload('comprovante', 'C:\\fotos\\comprovante.pdf', PNG);
    expect(first).toMatchObject({ requestId: 'comprovante', fileName: 'comprovante.png', contentType: 'image/png', sizeBytes: PNG.length });
    const pdf = await samplePdf(2);
    const second = await upload('comprovante', 'comprovante.pdf', pdf);
    expect(second).toMatchObject({ contentType: 'application/pdf', sizeBytes: pdf.length });
    const rows = await (await getDb()).select().from(signerAttachments).where(eq(signerAttachments.recipientId, e.customer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Comprovante de residência', sha256: second.sha256 });
    expect((await eventsOf(e.envelopeId, 'attachment.uploaded')).map((ev) => ev.payload.sha256)).toEqual([first.sha256, second.sha256]);

    await signByToken(e.customer.token, { session, typedName: e.customer.name }, phone);
    const [signed] = await eventsOf(e.envelopeId, 'recipient.signed');
    expect(signed.payload.attachments).toEqual([expect.objectContaining({ requestId: 'comprovante', sha256: second.sha256, contentType: 'application/pdf' })]);
    // After signing the files are final.
    expect((await refusal(upload('rg', 'rg.png', PNG))).code).toBe('INVALID_STATE');

    // Staff see what was asked and what came, and download the file, within their account only.
    const [history] = await listContractEnvelopes(e.actor, e.setup.contract.id);
    const customer = history.recipients.find((r) => r.id === e.customer.id)!;
    expect(customer.attachmentRequests.map((a) => a.name)).toEqual(['Comprovante de residência', 'Foto do RG']);
    expect(customer.attachments).toEqual([expect.objectContaining({ requestId: 'comprovante', fileName: 'comprovante.pdf' })]);
    const file = await getSignerAttachment(e.actor, e.envelopeId, customer.attachments[0].id);
    expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
    const stranger = await sentEnvelope();
    expect((await refusal(getSignerAttachment(stranger.actor, e.envelopeId, customer.attachments[0].id))).code).toBe('NOT_FOUND');
    expect(await verifyChain(await getDb(), e.envelopeId)).toMatchObject({ ok: true });
  });

  it('are set where envelopes are created: for every signer of the envelope, or per recipient; never for a copy', async () => {
    const e = await sentEnvelope();
    const db = await getDb();
    const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, e.envelopeId));
    const base = { role: 'other' as const, email: 'ana@cliente.com.br', phone: null, cpf: null, deliveryChannel: 'email' as const, authMethod: 'email' as const, requireSelfie: false, requireIdDocument: false, signingOrder: 1 };
    const { envelopeId } = await db.transaction((tx) =>
      createEnvelope(tx, e.actor, {
        name: 'Com anexos',
        origin: 'manual',
        integration: { id: null, provider: 'rubrica', environment: 'production', defaultExpiryDays: null, requireGeolocation: true },
        documents: docs.map((d) => ({ name: d.name, kind: d.kind as 'contract', documentTypeId: null, contractTermId: null, sha256: d.sha256, sizeBytes: d.sizeBytes, pageCount: d.pageCount })),
        recipients: [
          { ...base, name: 'Ana', action: 'sign' },
          { ...base, name: 'Bruno', action: 'sign', attachmentRequests: [{ name: 'Procuração', required: true }], documentNumberRequest: { type: 'cpf' } },
          { ...base, name: 'Carla', action: 'copy' },
        ],
        attachmentRequests: [{ name: 'Comprovante de residência', required: true, visibleToAll: true }],
      }),
    );
    const rows = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId));
    const by = (name: string) => rows.find((r) => r.name === name)!;
    expect(by('Ana').attachmentRequests).toEqual([{ id: expect.any(String), name: 'Comprovante de residência', required: true, visibleToAll: true }]);
    expect(by('Bruno').attachmentRequests).toEqual([{ id: expect.any(String), name: 'Procuração', required: true, visibleToAll: false }]);
    expect(by('Bruno').documentNumberRequest).toEqual({ type: 'cpf' });
    expect(by('Carla').attachmentRequests).toEqual([]);
    const [env] = await db.select().from(envelopes).where(eq(envelopes.id, envelopeId));
    expect(env.requireGeolocation).toBe(true);
  });
});

describe('[SIGNING] signer data and location the sender required', () => {
  it('asks for the CPF with valid check digits and keeps it with the signature', async () => {
    const e = await envelopeAsking({ documentNumberRequest: { type: 'cpf' } });
    const session = await signIn(e.customer.token, e.customer.id);
    const sign = (documentNumber?: string) => signByToken(e.customer.token, { session, typedName: e.customer.name, documentNumber }, phone);
    expect(await refusal(sign())).toMatchObject({ code: 'INVALID_INPUT', message: 'Informe seu CPF.', fields: { documentNumber: ['Informe seu CPF.'] } });
    const cpf = generateCpf();
    const wrong = cpf.slice(0, 10) + String((Number(cpf[10]) + 1) % 10);
    expect((await refusal(sign(wrong))).message).toBe('CPF inválido: confira os números.');
    await sign(cpf);
    const [row] = await (await getDb()).select().from(envelopeRecipients).where(eq(envelopeRecipients.id, e.customer.id));
    expect(row.providedDocumentNumber).toMatchObject({ type: 'cpf', label: 'CPF' });
    expect(row.providedDocumentNumber!.number.replace(/\D/g, '')).toBe(cpf);
    const [signed] = await eventsOf(e.envelopeId, 'recipient.signed');
    expect(signed.payload.documentNumber).toEqual(row.providedDocumentNumber);
  });

  it('refuses to sign without a location only when the integration requires it', async () => {
    const e = await sentEnvelope();
    await (await getDb()).update(envelopes).set({ requireGeolocation: true }).where(eq(envelopes.id, e.envelopeId));
    const session = await signIn(e.customer.token, e.customer.id);
    expect(await refusal(signByToken(e.customer.token, { session, typedName: e.customer.name }, phone))).toMatchObject({ code: 'INVALID_INPUT', message: GEOLOCATION_REQUIRED_MESSAGE });
    await signByToken(e.customer.token, { session, typedName: e.customer.name, geolocation: { lat: -22.88, lon: -43.1, accuracy: 30 } }, phone);
    const [signed] = await eventsOf(e.envelopeId, 'recipient.signed');
    expect(signed.payload.geolocation).toEqual({ lat: -22.88, lon: -43.1, accuracy: 30 });
    // The user agent, parsed: device, operating system and browser.
    expect(signed.payload.device).toMatchObject({ type: 'mobile', os: 'Android 14' });
    expect(signed.userAgent).toBe(phone.userAgent);
  });
});
