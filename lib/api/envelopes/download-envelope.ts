import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ApiCaller } from '../../api-keys/authenticate-api-key';
import { getDb } from '../../db/client';
import { envelopeDocuments, envelopeEvents, envelopes } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { recordDocumentDownload } from '../../evidence/record-document-download';
import { verifyChain } from '../../evidence/verify-chain';
import { contentDisposition } from '../../http/content-disposition';
import { getBlobStore } from '../../storage/get-blob-store';
import { z } from '../../validation';
import { uniqueNames, zipFiles } from '../zip';

const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'envelope';
const withPdf = (name: string) => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/**
 * GET /api/v1/envelopes/{id}/download?type=original|sealed|evidence: the PDF (a ZIP when the
 * envelope has several documents), the sealed PDFs once sealing has filled them in (409 until then),
 * or the evidence trail with its hash-chain verdict.
 */
export async function downloadEnvelope(
  caller: ApiCaller,
  id: string,
  type: 'original' | 'sealed' | 'evidence',
  req: { ip?: string | null; userAgent?: string | null } = {},
): Promise<Response> {
  if (!z.uuid().safeParse(id).success) throw notFound('Envelope');
  const db = await getDb();
  const [envelope] = await db.select().from(envelopes).where(and(eq(envelopes.id, id), eq(envelopes.accountId, caller.accountId)));
  if (!envelope) throw notFound('Envelope');

  if (type === 'evidence') {
    const events = await db.select().from(envelopeEvents).where(eq(envelopeEvents.envelopeId, id)).orderBy(asc(envelopeEvents.seq));
    const body = {
      envelope: { id: envelope.id, name: envelope.name, status: envelope.status, createdAt: envelope.createdAt.toISOString(), completedAt: envelope.completedAt?.toISOString() ?? null },
      chain: await verifyChain(db, id),
      events: events.map((e) => ({ seq: e.seq, type: e.type, occurredAt: e.occurredAt.toISOString(), actorType: e.actorType, actorId: e.actorId, recipientId: e.recipientId, ip: e.ip, userAgent: e.userAgent, payload: e.payload, prevHash: e.prevHash, hash: e.hash })),
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': contentDisposition('attachment', `evidencias-${slug(envelope.name)}.json`), 'Cache-Control': 'no-store' },
    });
  }

  const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, id)).orderBy(asc(envelopeDocuments.position));
  if (type === 'sealed' && docs.some((d) => !d.sealedSha256)) {
    throw new AppError('INVALID_STATE', {
      userMessage:
        envelope.status === 'sealing' || envelope.status === 'completed'
          ? 'Os documentos assinados ainda estão sendo selados. Tente de novo em instantes.'
          : 'O PDF selado só existe depois que todos assinam: este envelope ainda não foi concluído.',
    });
  }
  const store = getBlobStore();
  const files = await Promise.all(docs.map(async (d) => ({ name: withPdf(d.name), bytes: await store.get(type === 'sealed' ? d.sealedSha256! : d.sha256) })));
  await recordDocumentDownload(db, {
    accountId: caller.accountId,
    envelopeId: id,
    documents: docs.map((d) => ({ id: d.id, name: d.name, version: type, sha256: type === 'sealed' ? d.sealedSha256! : d.sha256 })),
    via: 'api',
    actorType: 'api',
    actorId: caller.keyId,
    ...req,
  });
  const suffix = type === 'sealed' ? '-assinado' : '';
  if (files.length === 1) {
    const name = files[0].name.replace(/\.pdf$/i, `${suffix}.pdf`);
    return new Response(new Uint8Array(files[0].bytes), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': contentDisposition('attachment', name), 'Cache-Control': 'no-store' } });
  }
  const names = uniqueNames(files.map((f) => f.name.replace(/\.pdf$/i, `${suffix}.pdf`)));
  const zip = zipFiles(files.map((f, i) => ({ name: names[i], bytes: f.bytes })));
  return new Response(new Uint8Array(zip), {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': contentDisposition('attachment', `${slug(envelope.name)}${suffix}.zip`), 'Cache-Control': 'no-store' },
  });
}
