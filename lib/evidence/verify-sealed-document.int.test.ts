import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { envelopeDocuments } from '../db/schema';
import { getBlobStore } from '../storage/get-blob-store';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { sealEnvelope } from './seal-envelope';
import { signedEnvelope, useTemporaryDataDir } from './test-support';
import { maskName, verifyByCode, verifyUpload } from './verify-sealed-document';

setupTestDb();
beforeAll(() => {
  useTemporaryBlobStore();
  useTemporaryDataDir();
});

async function sealedDocument() {
  const e = await signedEnvelope();
  const db = await getDb();
  await sealEnvelope(db, e.envelopeId);
  const [doc] = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, e.envelopeId)).orderBy(asc(envelopeDocuments.position));
  return { e, doc, sealed: await getBlobStore().get(doc.sealedSha256!), original: await getBlobStore().get(doc.sha256) };
}

describe('[VERIFY] public verification of sealed PDFs', () => {
  it('recognises the exact sealed file, with its signature intact and signers masked', async () => {
    const { e, doc, sealed } = await sealedDocument();
    const v = await verifyUpload(sealed);
    expect(v).toMatchObject({ match: 'sealed', sha256: doc.sealedSha256, signature: { signed: true, intact: true, coversWholeFile: true } });
    expect(v.document).toMatchObject({ code: doc.verificationCode, status: 'completed', statusLabel: 'Concluído', originalSha256: doc.sha256 });
    const names = v.document!.signers.map((s) => s.name);
    expect(names).toContain(maskName(e.customer.name));
    expect(names).not.toContain(e.customer.name);
    expect(v.document!.signers.every((s) => !s.taxId || s.taxId.startsWith('***.'))).toBe(true);
  });

  it('reports a copy with one byte changed as not matching, and its signature as broken', async () => {
    const { sealed } = await sealedDocument();
    const tampered = Buffer.from(sealed);
    const at = tampered.indexOf('/MediaBox') + 12;
    tampered[at] = tampered[at] === 0x30 ? 0x31 : 0x30;
    const v = await verifyUpload(tampered);
    expect(v.match).toBe('none');
    expect(v.document).toBeNull();
    expect(v.signature).toMatchObject({ signed: true, intact: false });
  });

  it('tells the unsigned original apart from the sealed document', async () => {
    const { doc, original } = await sealedDocument();
    const v = await verifyUpload(original);
    expect(v).toMatchObject({ match: 'original', signature: { signed: false } });
    expect(v.document?.sealedSha256).toBe(doc.sealedSha256);
  });

  it('finds the document by its printed code, typed in any case and with spaces', async () => {
    const { doc } = await sealedDocument();
    const typed = doc.verificationCode!.toLowerCase().replace(/-/g, ' ');
    expect(await verifyByCode(typed)).toMatchObject({ code: doc.verificationCode, documentName: doc.name });
    expect(await verifyByCode('ZZZZ-ZZZZ-ZZZZ')).toBeNull();
    expect(await verifyByCode('não é código')).toBeNull();
  });
});
