import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '../db/client';
import { envelopeEvents } from '../db/schema';
import type { ResolvedSigner } from './resolve-token';

export type ReadingProgress = Record<string, { readToEnd: boolean; lastPage: number }>;

/**
 * How far a recipient has read each document, from the evidence trail ('document.viewed_to_end',
 * 'document.progress'): what "leitura obrigatória" checks and what the signature's evidence cites.
 * The caller has already authorised the recipient (a resolved link, or the signing transaction).
 */
export async function getReadingProgress(db: Db | Tx, envelopeId: string, recipientId: string, documentIds: string[]): Promise<ReadingProgress> {
  const rows = await db
    .select({
      documentId: sql<string>`${envelopeEvents.payload}->>'documentId'`,
      type: envelopeEvents.type,
      lastPage: sql<number | null>`max(coalesce((${envelopeEvents.payload}->>'lastPage')::int, (${envelopeEvents.payload}->>'pages')::int))`,
    })
    .from(envelopeEvents)
    .where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.recipientId, recipientId), inArray(envelopeEvents.type, ['document.viewed_to_end', 'document.progress'])))
    .groupBy(sql`1`, envelopeEvents.type);
  const progress: ReadingProgress = Object.fromEntries(documentIds.map((id) => [id, { readToEnd: false, lastPage: 0 }]));
  for (const r of rows) {
    const p = progress[r.documentId];
    if (!p) continue;
    if (r.type === 'document.viewed_to_end') p.readToEnd = true;
    p.lastPage = Math.max(p.lastPage, Number(r.lastPage ?? 0));
  }
  return progress;
}

/** The reading progress of the signer a link resolved to (pages resume where the signer was). */
export async function getReadingProgressOf(signer: ResolvedSigner): Promise<ReadingProgress> {
  return getReadingProgress(await getDb(), signer.envelope.id, signer.recipient.id, signer.documents.map((d) => d.id));
}
