import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopes } from '../db/schema';
import { notFound } from '../errors';
import { z } from '../validation';

const isUuid = (v: string) => z.uuid().safeParse(v).success;
import { getBlobStore } from '../storage/get-blob-store';
import { recordDocumentDownload } from './record-document-download';

/** A document of an envelope of the account: the sealed PDF when there is one (or when asked), else the original. */
export async function getDocumentFile(ctx: { accountId: string; actorId: string; ip?: string | null; userAgent?: string | null }, envelopeId: string, documentId: string, version: 'sealed' | 'original' = 'sealed') {
  if (!isUuid(envelopeId) || !isUuid(documentId)) throw notFound('Documento');
  const db = await getDb();
  const [doc] = await db
    .select({ doc: envelopeDocuments })
    .from(envelopeDocuments)
    .innerJoin(envelopes, eq(envelopes.id, envelopeDocuments.envelopeId))
    .where(and(eq(envelopeDocuments.id, documentId), eq(envelopeDocuments.envelopeId, envelopeId), eq(envelopes.accountId, ctx.accountId)));
  if (!doc) throw notFound('Documento');
  const sealed = version === 'sealed' && doc.doc.sealedSha256;
  const base = doc.doc.name.replace(/\.pdf$/i, '');
  const sha256 = sealed ? doc.doc.sealedSha256! : doc.doc.sha256;
  const bytes = await getBlobStore().get(sha256);
  await recordDocumentDownload(db, {
    accountId: ctx.accountId,
    envelopeId,
    documents: [{ id: doc.doc.id, name: doc.doc.name, version: sealed ? 'sealed' : 'original', sha256 }],
    via: 'console',
    actorType: 'staff',
    actorId: ctx.actorId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return { bytes, fileName: sealed ? `${base} (assinado).pdf` : `${base}.pdf` };
}
