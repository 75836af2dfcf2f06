import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { env } from '../env';
import { getChannelAdapter } from '../notify/adapters';
import type { MessageChannel } from '../notify/channel';
import { queueMessage } from '../notify/queue-message';
import { appendEvidencePages } from '../pdf/append-evidence-pages';
import { signPades } from '../pdf/sign-pades';
import { signerToken, signerUrl } from '../signing/signer-link';
import { getBlobStore } from '../storage/get-blob-store';
import { loadManifestContext, manifestFor } from './build-evidence-manifest';
import { getPlatformCertificate } from './platform-certificate';
import { recordEnvelopeEvent } from './record-envelope-event';
import { newVerificationCode } from './verification-code';

export type SealOutcome = { sealed: boolean; documents: number };

/** Attach the sealed PDFs to the e-mail up to this size; above it the e-mail carries the link only. */
const MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024;

export function verificationUrl(code: string) {
  return `${env().publicUrl}/verificar/${code}`;
}

/**
 * Seals every document of an envelope whose signatures are complete (status "sealing"): original
 * pages + evidence pages + certificate, signed PAdES by the platform. Safe to run again at any
 * point: a document is sealed once (its sealed blob is stored before its row points to it, and the
 * row is only set while empty), and the envelope turns "completed" — with its envelope.sealed
 * event and the copies to the signers — exactly once, when the last document is sealed.
 */
export async function sealEnvelope(db: Executor, envelopeId: string): Promise<SealOutcome> {
  const [envelope] = await db.select().from(envelopes).where(eq(envelopes.id, envelopeId));
  if (!envelope || envelope.status !== 'sealing') return { sealed: false, documents: 0 };

  const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelopeId)).orderBy(asc(envelopeDocuments.position));
  const pending = docs.filter((d) => !d.sealedSha256);
  if (pending.length) {
    const cert = await getPlatformCertificate();
    const ctx = await loadManifestContext(db, envelopeId);
    const store = getBlobStore();
    for (const doc of pending) {
      const code = await ensureVerificationCode(db, doc.id, doc.verificationCode);
      const sealedAt = now();
      const original = new Uint8Array(await store.get(doc.sha256));
      const withEvidence = await appendEvidencePages(original, manifestFor(ctx, doc, { verifyUrl: verificationUrl(code), verifyCode: code, sealedAt }));
      const sealed = await signPades(withEvidence, {
        p12: cert.p12,
        password: cert.password,
        tsaUrl: env().RUBRICA_TSA_URL,
        reason: `Selo de integridade e evidências de assinatura eletrônica (${doc.name})`,
        location: 'Brasil',
        contactInfo: verificationUrl(code),
        signingTime: sealedAt,
      });
      const ref = await store.put(sealed);
      await db
        .update(envelopeDocuments)
        .set({ sealedSha256: ref.sha256, sealedSizeBytes: ref.size, sealedAt, updatedAt: sealedAt })
        .where(and(eq(envelopeDocuments.id, doc.id), isNull(envelopeDocuments.sealedSha256)));
    }
  }
  return finishSealing(db, envelopeId);
}

async function ensureVerificationCode(db: Executor, documentId: string, existing: string | null): Promise<string> {
  if (existing) return existing;
  for (let attempt = 0; ; attempt++) {
    try {
      await db
        .update(envelopeDocuments)
        .set({ verificationCode: newVerificationCode() })
        .where(and(eq(envelopeDocuments.id, documentId), isNull(envelopeDocuments.verificationCode)));
      break;
    } catch (err) {
      // 60 random bits collide practically never; the unique index has the last word.
      if (attempt >= 3) throw err;
    }
  }
  const [row] = await db.select({ code: envelopeDocuments.verificationCode }).from(envelopeDocuments).where(eq(envelopeDocuments.id, documentId));
  return row.code!;
}

async function finishSealing(db: Executor, envelopeId: string): Promise<SealOutcome> {
  return db.transaction(async (tx) => {
    const [envelope] = await tx.select().from(envelopes).where(eq(envelopes.id, envelopeId)).for('update');
    if (!envelope || envelope.status !== 'sealing') return { sealed: false, documents: 0 };
    const docs = await tx.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelopeId)).orderBy(asc(envelopeDocuments.position));
    if (docs.some((d) => !d.sealedSha256)) return { sealed: false, documents: 0 };
    const at = now();
    await tx.update(envelopes).set({ status: 'completed', sealedAt: at, updatedAt: at }).where(eq(envelopes.id, envelopeId));
    const cert = await getPlatformCertificate();
    await recordEnvelopeEvent(tx, {
      accountId: envelope.accountId,
      envelopeId,
      type: 'envelope.sealed',
      actorType: 'system',
      occurredAt: at,
      payload: {
        level: env().RUBRICA_TSA_URL ? 'PAdES-B-T' : 'PAdES-B-B',
        certificate: { subject: cert.subject, issuer: cert.issuer, selfSigned: cert.selfSigned },
        documents: docs.map((d) => ({ id: d.id, name: d.name, sha256: d.sha256, sealedSha256: d.sealedSha256, verificationCode: d.verificationCode })),
      },
    });
    await sendSealedCopies(tx, envelope, docs);
    return { sealed: true, documents: docs.length };
  });
}

type Doc = typeof envelopeDocuments.$inferSelect;

/** The signed PDF to every recipient, by the channel they were invited on (e-mail with the file attached). */
async function sendSealedCopies(tx: Executor, envelope: typeof envelopes.$inferSelect, docs: Doc[]) {
  const recipients = await tx.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelope.id)).orderBy(asc(envelopeRecipients.position));
  const total = docs.reduce((n, d) => n + (d.sealedSizeBytes ?? 0), 0);
  const attachments =
    total <= MAX_ATTACHMENTS_BYTES
      ? docs.map((d) => ({ sha256: d.sealedSha256!, filename: `${d.name.replace(/\.pdf$/i, '')} (assinado).pdf`, contentType: 'application/pdf' }))
      : [];
  for (const r of recipients) {
    const channel = pickChannel(r);
    if (!channel) continue;
    const link = signerUrl(signerToken(r.id, r.linkVersion));
    await queueMessage(tx, {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      recipientId: r.id,
      channel,
      to: channel === 'email' ? r.email! : r.phone!,
      subject: channel === 'email' ? 'Documento assinado: {{documento.nome}}' : null,
      body:
        channel === 'email'
          ? `Olá, {{signatario.nome}}.\n\nTodas as assinaturas de "{{documento.nome}}" foram concluídas. ${attachments.length ? 'O documento assinado, com o certificado de assinaturas, segue em anexo' : 'O documento assinado, com o certificado de assinaturas, está disponível no link abaixo'} e fica guardado no seu Espaço do Signatário.`
          : 'Olá, {{signatario.nome}}. Todas as assinaturas de "{{documento.nome}}" foram concluídas. Baixe o documento assinado: {{link}}',
      variables: { 'signatario.nome': r.name, 'documento.nome': envelope.name, link },
      attachments: channel === 'email' ? attachments : [],
      buttonLabel: 'Abrir o documento assinado',
    });
  }
}

function pickChannel(r: typeof envelopeRecipients.$inferSelect): MessageChannel | null {
  const preferred = r.deliveryChannel;
  if ((preferred === 'whatsapp' || preferred === 'sms') && r.phone && getChannelAdapter(preferred)) return preferred;
  if (r.email && getChannelAdapter('email')) return 'email';
  return null;
}
