import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { resetEnvCache } from '../env';
import { executeJob } from '../jobs/execute-job';
import { registerJob } from '../jobs/registry';
import { startLocalTsa } from '../pdf/testing/local-tsa';
import { envelopeDocuments, envelopeRecipients, envelopes, jobs, messages } from '../db/schema';
import { eventsOf } from '../signing/test-support';
import type { BlobStore } from '../storage/blob-store';
import { getBlobStore, setBlobStore } from '../storage/get-blob-store';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { SEAL_JOB_TYPE } from './enqueue-seal';
import { requeueStuckSealing } from './requeue-stuck-sealing';
import { sealEnvelope } from './seal-envelope';
import { sealEnvelopeJob } from './seal-envelope-job';
import { dumpSignature, pageCount, renderPage, run, signedEnvelope, tmpFile, useTemporaryDataDir } from './test-support';

setupTestDb();
beforeAll(() => {
  useTemporaryBlobStore();
  useTemporaryDataDir();
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function documentsOf(envelopeId: string) {
  return (await getDb()).select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelopeId)).orderBy(asc(envelopeDocuments.position));
}

async function statusOf(envelopeId: string) {
  const [e] = await (await getDb()).select().from(envelopes).where(eq(envelopes.id, envelopeId));
  return e;
}

describe('[SEALING] sealed PDFs', () => {
  it('completion leaves the envelope "sealing" with its seal job queued in the same transaction', async () => {
    const e = await signedEnvelope();
    expect((await statusOf(e.envelopeId)).status).toBe('sealing');
    const queued = await (await getDb()).select().from(jobs).where(and(eq(jobs.type, SEAL_JOB_TYPE), eq(jobs.dedupeKey, `seal:${e.envelopeId}`)));
    expect(queued).toHaveLength(1);
    expect(queued[0].payload).toEqual({ envelopeId: e.envelopeId });
  });

  it('seals every document: originals untouched, evidence and certificate appended, PAdES valid for pdfsig, openssl and qpdf', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    const before = await documentsOf(e.envelopeId);
    expect(await sealEnvelope(db, e.envelopeId)).toEqual({ sealed: true, documents: before.length });

    const env = await statusOf(e.envelopeId);
    expect(env.status).toBe('completed');
    expect(env.sealedAt).toBeInstanceOf(Date);
    const docs = await documentsOf(e.envelopeId);
    for (const doc of docs) {
      const original = await getBlobStore().get(doc.sha256);
      expect(sha(original)).toBe(doc.sha256);
      const sealed = await getBlobStore().get(doc.sealedSha256!);
      expect(doc.sealedSizeBytes).toBe(sealed.length);
      expect(doc.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // An incremental update: the original file is, byte for byte, the start of the sealed one.
      expect(sealed.subarray(0, original.length).equals(original)).toBe(true);

      const origFile = tmpFile('original.pdf', original);
      const sealedFile = tmpFile('sealed.pdf', sealed);
      const sig = run('pdfsig', ['-nocert', sealedFile]).out;
      expect(sig).toContain('Signature is Valid');
      expect(sig).toContain('Total document signed');
      expect(sig).toContain('ETSI.CAdES.detached');

      const cms = run('openssl', ['cms', '-inform', 'DER', '-in', tmpFile('sig.der', dumpSignature(sealedFile)), '-cmsout', '-print']).out;
      expect(cms).toMatch(/signingCertificateV2/i);
      expect(cms).toMatch(/messageDigest/);

      const check = run('qpdf', ['--check', sealedFile]);
      expect(check.code).toBe(0);
      expect(check.out).toContain('No syntax or stream encoding errors');

      // 4 signers → one evidence page each, then the certificate.
      const pages = pageCount(sealedFile);
      expect(pages).toBe(doc.pageCount + 4 + 1);
      const certificate = run('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', sealedFile, '-']).out;
      expect(certificate).toContain('Certificado de assinaturas');
      expect(certificate).toContain(doc.sha256);
      for (const s of [e.customer, e.company, e.customerWitness, e.companyWitness]) expect(certificate).toContain(s.name);
      expect(certificate).toContain(doc.verificationCode!);
      expect(certificate).toMatch(/\(UTC-03:00\)/);
      // CPFs never appear whole.
      for (const s of [e.customer, e.company]) expect(certificate).not.toContain(s.cpf!.replace(/\D/g, '').slice(0, 9));

      // The original pages read and render exactly as before.
      const text = (f: string) => run('pdftotext', ['-f', '1', '-l', String(doc.pageCount), f, '-']).out;
      expect(text(sealedFile)).toBe(text(origFile));
      expect(renderPage(sealedFile, 1).equals(renderPage(origFile, 1))).toBe(true);
    }

    const sealedEvents = await eventsOf(e.envelopeId, 'envelope.sealed');
    expect(sealedEvents).toHaveLength(1);
    expect(sealedEvents[0].payload).toMatchObject({ level: 'PAdES-B-B', certificate: { selfSigned: true } });

    // Every recipient with an e-mail gets the signed PDF attached.
    const mails = await db.select().from(messages).where(eq(messages.envelopeId, e.envelopeId));
    const copies = mails.filter((m) => m.subject?.startsWith('Documento assinado'));
    expect(copies).toHaveLength(4);
    for (const m of copies) expect(m.attachments.map((a) => a.sha256).sort()).toEqual(docs.map((d) => d.sealedSha256).sort());

    // Running the job again changes nothing.
    expect(await sealEnvelope(db, e.envelopeId)).toEqual({ sealed: false, documents: 0 });
    expect(await eventsOf(e.envelopeId, 'envelope.sealed')).toHaveLength(1);
    expect((await documentsOf(e.envelopeId)).map((d) => d.sealedSha256)).toEqual(docs.map((d) => d.sealedSha256));
  });

  it('a crash mid-seal leaves the envelope "sealing" with nothing half-done; the retry finishes it', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    const real = getBlobStore();
    let puts = 0;
    const flaky: BlobStore = {
      ...real,
      async put(bytes) {
        if (++puts === 1) throw new Error('disco cheio');
        return real.put(bytes);
      },
    };
    setBlobStore(flaky);
    try {
      await expect(sealEnvelope(db, e.envelopeId)).rejects.toThrow('disco cheio');
    } finally {
      setBlobStore(real);
    }
    expect((await statusOf(e.envelopeId)).status).toBe('sealing');
    expect((await documentsOf(e.envelopeId)).every((d) => d.sealedSha256 === null)).toBe(true);

    expect((await sealEnvelope(db, e.envelopeId)).sealed).toBe(true);
    expect((await statusOf(e.envelopeId)).status).toBe('completed');
  });

  it('the sweep re-queues an envelope stuck in "sealing" for over 10 minutes whose job gave up', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    await db.update(jobs).set({ status: 'failed' }).where(eq(jobs.dedupeKey, `seal:${e.envelopeId}`));
    await db.update(envelopes).set({ completedAt: new Date(Date.now() - 11 * 60_000) }).where(eq(envelopes.id, e.envelopeId));
    expect(await requeueStuckSealing(db)).toBeGreaterThanOrEqual(1);
    const pending = await db.select().from(jobs).where(and(eq(jobs.dedupeKey, `seal:${e.envelopeId}`), eq(jobs.status, 'pending')));
    expect(pending).toHaveLength(1);
    // A second sweep does not queue it twice.
    await requeueStuckSealing(db);
    expect(await db.select().from(jobs).where(and(eq(jobs.dedupeKey, `seal:${e.envelopeId}`), eq(jobs.status, 'pending')))).toHaveLength(1);
  });

  it('with RUBRICA_TSA_URL, a TSA outage fails the seal job (retried, nothing half-sealed); once it answers, the PDFs are PAdES B-T', async () => {
    const tsa = await startLocalTsa();
    process.env.RUBRICA_TSA_URL = tsa.url;
    resetEnvCache();
    try {
      registerJob(sealEnvelopeJob);
      const e = await signedEnvelope();
      const db = await getDb();
      // Run this envelope's own seal job the way a worker does: claimed, executed, outcome recorded.
      const runSealJob = async () => {
        const [job] = await db
          .update(jobs)
          .set({ status: 'running', lockedBy: 'teste-tsa', lockedAt: new Date(), attempts: sql`${jobs.attempts} + 1` })
          .where(and(eq(jobs.dedupeKey, `seal:${e.envelopeId}`), eq(jobs.status, 'pending')))
          .returning();
        expect(job, 'a pending seal job').toBeTruthy();
        return { outcome: await executeJob(db, job, { workerId: 'teste-tsa', signal: new AbortController().signal }), jobId: job.id };
      };

      tsa.setDown(true);
      const first = await runSealJob();
      expect(first.outcome).toBe('retrying');
      const [retrying] = await db.select().from(jobs).where(eq(jobs.id, first.jobId));
      expect(retrying).toMatchObject({ status: 'pending', attempts: 1 });
      expect(retrying.lastError).toBeTruthy();
      expect((await statusOf(e.envelopeId)).status).toBe('sealing');
      expect((await documentsOf(e.envelopeId)).every((d) => d.sealedSha256 === null)).toBe(true);

      tsa.setDown(false);
      await db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, first.jobId));
      expect((await runSealJob()).outcome).toBe('completed');
      expect((await statusOf(e.envelopeId)).status).toBe('completed');
      const [sealedEvent] = await eventsOf(e.envelopeId, 'envelope.sealed');
      expect(sealedEvent.payload).toMatchObject({ level: 'PAdES-B-T' });
      const [doc] = await documentsOf(e.envelopeId);
      const file = tmpFile('sealed-bt.pdf', await getBlobStore().get(doc.sealedSha256!));
      expect(run('pdfsig', ['-nocert', file]).out).toContain('Signature is Valid');
      const cms = run('openssl', ['cms', '-inform', 'DER', '-in', tmpFile('sig.der', dumpSignature(file)), '-cmsout', '-print']).out;
      expect(cms).toMatch(/id-smime-aa-timeStampToken|1\.2\.840\.113549\.1\.9\.16\.2\.14/);
    } finally {
      delete process.env.RUBRICA_TSA_URL;
      resetEnvCache();
      await tsa.close();
    }
  }, 60_000);

  it('manual placement: each signer who has a box gets the visual signature stamped there; without QR code when the sender asked', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    const [contract, term] = await documentsOf(e.envelopeId);
    // As the ArqSign API stores "definirPosicaoAssinaturaManual": page + box in mm from the top-left.
    await db
      .update(envelopeRecipients)
      .set({ signaturePlacements: [{ documentId: contract.id, page: 1, xMm: 20, yMm: 230, widthMm: 80, heightMm: 25, as: 'pf' }] })
      .where(eq(envelopeRecipients.id, e.customer.id));
    await db
      .update(envelopeRecipients)
      .set({ signaturePlacements: [{ documentId: term.id, page: 1, xMm: 110, yMm: 240, widthMm: 80, heightMm: 20, as: 'pf' }] })
      .where(eq(envelopeRecipients.id, e.company.id));
    // Sent through the ArqSign API with gerarQrCode = 0: no QR code, the address and code remain.
    await db.update(envelopes).set({ sealQrCode: false }).where(eq(envelopes.id, e.envelopeId));
    expect((await sealEnvelope(db, e.envelopeId)).sealed).toBe(true);
    const [sealedContract] = await documentsOf(e.envelopeId);
    const sealedFile = tmpFile('no-qr.pdf', await getBlobStore().get(sealedContract.sealedSha256!));
    const certificate = run('pdftotext', ['-f', String(pageCount(sealedFile)), '-l', String(pageCount(sealedFile)), sealedFile, '-']).out;
    expect(certificate).toContain('Acesse o endereço abaixo');
    expect(certificate).not.toContain('Leia o QR code');
    expect(certificate).toContain(sealedContract.verificationCode!);

    const mm = (v: number) => String(Math.round((v * 72) / 25.4));
    /** The text pdftotext finds inside a box of page 1 (mm from the top-left). */
    const textIn = async (docId: string, box: [number, number, number, number]) => {
      const [doc] = (await documentsOf(e.envelopeId)).filter((d) => d.id === docId);
      const file = tmpFile('stamped.pdf', await getBlobStore().get(doc.sealedSha256!));
      return run('pdftotext', ['-f', '1', '-l', '1', '-x', mm(box[0]), '-y', mm(box[1]), '-W', mm(box[2]), '-H', mm(box[3]), file, '-']).out;
    };
    expect(await textIn(contract.id, [20, 230, 80, 25])).toContain(e.customer.name);
    expect(await textIn(contract.id, [110, 240, 80, 20])).not.toContain(e.company.name);
    expect(await textIn(term.id, [110, 240, 80, 20])).toContain(e.company.name);
    expect(await textIn(term.id, [20, 230, 80, 25])).not.toContain(e.customer.name);
  });
});
