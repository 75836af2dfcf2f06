import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeEvents, envelopeRecipients } from '../db/schema';
import { AppError } from '../errors';
import { describeUserAgent } from '../evidence/describe-user-agent';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { requireRecipientByToken } from './resolve-token';
import { evidenceOf, type SignerRequest } from './signer-request';

export type ViewInput = {
  /** The document the reader is on, and whether they have reached its last page. */
  documentId?: string;
  reachedEnd?: boolean;
  /** The furthest page the reader has scrolled through (evidence: "última página alcançada"). */
  lastPage?: number;
};

/**
 * Evidence of reading: 'recipient.viewed' (and viewedAt) the first time the link opens,
 * 'document.viewed_to_end' with the document's SHA-256 the first time the reader reaches a
 * document's last page (what "leitura obrigatória" checks before signing), and
 * 'document.progress' each time the signer gets further into a document than before.
 */
export async function recordViewByToken(token: string, req: SignerRequest, view: ViewInput = {}): Promise<{ firstView: boolean; viewedToEnd: boolean }> {
  const { recipient, envelope, documents } = await requireRecipientByToken(token, req);
  const document = view.documentId ? documents.find((d) => d.id === view.documentId) : undefined;
  if (view.documentId && !document) throw new AppError('INVALID_INPUT', { userMessage: 'Documento não encontrado neste processo.' });
  const at = now();
  const base = { accountId: envelope.accountId, envelopeId: envelope.id, recipientId: recipient.id, actorType: 'signer' as const, ...evidenceOf(req), occurredAt: at };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const first = await tx
      .update(envelopeRecipients)
      .set({
        viewedAt: at,
        status: sql`case when ${envelopeRecipients.status} in ('pending', 'sent') then 'viewed'::recipient_status else ${envelopeRecipients.status} end`,
      })
      .where(and(eq(envelopeRecipients.id, recipient.id), isNull(envelopeRecipients.viewedAt)))
      .returning({ id: envelopeRecipients.id });
    if (first.length) {
      await recordEnvelopeEvent(tx, { ...base, type: 'recipient.viewed', payload: { documents: documents.map((d) => ({ id: d.id, sha256: d.sha256 })), device: describeUserAgent(req.userAgent) } });
    }
    let viewedToEnd = false;
    if (document && view.lastPage !== undefined) {
      const lastPage = Math.min(Math.max(1, Math.trunc(view.lastPage)), document.pageCount);
      const [{ furthest }] = await tx
        .select({ furthest: sql<number | null>`max((${envelopeEvents.payload}->>'lastPage')::int)` })
        .from(envelopeEvents)
        .where(
          and(
            eq(envelopeEvents.envelopeId, envelope.id),
            eq(envelopeEvents.recipientId, recipient.id),
            eq(envelopeEvents.type, 'document.progress'),
            sql`${envelopeEvents.payload}->>'documentId' = ${document.id}`,
          ),
        );
      if (lastPage > Number(furthest ?? 0)) {
        await recordEnvelopeEvent(tx, { ...base, type: 'document.progress', payload: { documentId: document.id, sha256: document.sha256, lastPage, pages: document.pageCount } });
      }
    }
    if (document && view.reachedEnd) {
      const [seen] = await tx
        .select({ id: envelopeEvents.id })
        .from(envelopeEvents)
        .where(
          and(
            eq(envelopeEvents.envelopeId, envelope.id),
            eq(envelopeEvents.recipientId, recipient.id),
            eq(envelopeEvents.type, 'document.viewed_to_end'),
            sql`${envelopeEvents.payload}->>'documentId' = ${document.id}`,
          ),
        )
        .limit(1);
      if (!seen) {
        await recordEnvelopeEvent(tx, { ...base, type: 'document.viewed_to_end', payload: { documentId: document.id, sha256: document.sha256, pages: document.pageCount } });
        viewedToEnd = true;
      }
    }
    return { firstView: first.length > 0, viewedToEnd };
  });
}
