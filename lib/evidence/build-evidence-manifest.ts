import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accounts, branches, envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes } from '../db/schema';
import { maskEmail, maskPhone } from '../notify/mask';
import type { EvidenceManifest, EvidenceSigner, SignaturePlacement } from '../pdf/evidence-manifest';
import { isSha256Hex } from '../storage/blob-store';
import { getBlobStore } from '../storage/get-blob-store';
import { describeDevice } from './describe-device';
import { describeEvent } from './describe-event';
import { maskTaxId } from './mask-tax-id';

type Envelope = typeof envelopes.$inferSelect;
type Recipient = typeof envelopeRecipients.$inferSelect;
type EventRow = typeof envelopeEvents.$inferSelect;
type Document = typeof envelopeDocuments.$inferSelect;

const roleLabels: Record<string, string> = {
  customer: 'Cliente',
  customer_witness: 'Testemunha do cliente',
  company_signer: 'Responsável pela empresa',
  company_witness: 'Testemunha da empresa',
  other: 'Signatário',
};
const channelLabels: Record<string, string> = { email: 'E-mail', whatsapp: 'WhatsApp', sms: 'SMS', none: 'Link entregue pelo remetente' };
const authLabels: Record<string, string> = {
  email: 'Código de uso único por e-mail',
  sms: 'Código de uso único por SMS',
  whatsapp: 'Código de uso único por WhatsApp',
  access_code: 'Código de acesso informado pelo remetente',
  none: 'Link individual, sem código',
};

function actionLabel(r: Recipient): string {
  if (r.status === 'declined') return 'Recusou';
  if (r.action === 'approve') return 'Aprovou';
  if (r.action === 'handwritten') return 'Assinou (manuscrita)';
  return 'Assinou';
}

const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** The first SHA-256 found under one of the keys, at the top of the payload or one level down. */
function imageHash(payload: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = payload[k];
    if (isSha256Hex(v)) return v;
    const nested = obj(v);
    if (nested && isSha256Hex(nested.sha256)) return nested.sha256;
  }
  return null;
}

async function blobOrNull(sha256: string | null): Promise<Uint8Array | null> {
  if (!sha256) return null;
  try {
    return new Uint8Array(await getBlobStore().get(sha256));
  } catch {
    // A missing image is left out of the page; the trail still names its hash.
    return null;
  }
}

function faceMatchLabel(events: EventRow[]): string | null {
  for (const e of [...events].reverse()) {
    const p = e.payload;
    const fm = obj(p.faceMatch) ?? (e.type.includes('face') ? p : null);
    if (!fm) continue;
    const matched = fm.matched ?? fm.match ?? fm.ok;
    const distance = typeof fm.distance === 'number' ? ` (distância ${fm.distance.toFixed(2).replace('.', ',')})` : '';
    if (typeof matched === 'boolean') return `${matched ? 'Mesma pessoa da foto do documento' : 'Não confere com a foto do documento'}${distance}`;
  }
  return null;
}

export async function buildSigner(r: Recipient, events: EventRow[]): Promise<EvidenceSigner> {
  const mine = events.filter((e) => e.recipientId === r.id);
  const signed = [...mine].reverse().find((e) => e.type === 'recipient.signed' || e.type === 'recipient.declined');
  const p = signed?.payload ?? {};
  const auth = obj(p.authentication);
  const geo = obj(p.geolocation);
  const selfieHash = [...mine].reverse().map((e) => imageHash(e.payload, ['selfieSha256', 'selfie'])).find(Boolean) ?? null;
  const drawingHash = imageHash(p, ['drawingSha256']);
  const method = typeof auth?.method === 'string' ? auth.method : r.authMethod;
  const destination = typeof auth?.destination === 'string' ? auth.destination : null;
  const [selfie, drawing] = await Promise.all([blobOrNull(selfieHash), blobOrNull(drawingHash)]);
  return {
    name: r.name,
    taxIdMasked: maskTaxId(r.cpf),
    contactMasked: r.email ? maskEmail(r.email) : r.phone ? maskPhone(r.phone) : null,
    role: roleLabels[r.role] ?? r.role,
    action: actionLabel(r),
    authentication: `${authLabels[method] ?? method}${destination ? ` (${destination})` : ''}`,
    channel: channelLabels[r.deliveryChannel] ?? r.deliveryChannel,
    ip: signed?.ip ?? null,
    device: describeDevice(signed?.userAgent),
    geolocation:
      geo && typeof geo.lat === 'number' && typeof geo.lon === 'number'
        ? `${geo.lat.toFixed(5)}, ${geo.lon.toFixed(5)}${typeof geo.accuracy === 'number' ? ` (±${Math.round(geo.accuracy)} m)` : ''}`
        : 'Não autorizada pelo signatário',
    signedAt: r.signedAt ?? r.declinedAt ?? signed?.occurredAt ?? null,
    typedName: typeof p.typedName === 'string' ? p.typedName : null,
    faceMatch: faceMatchLabel(mine),
    selfie,
    drawing,
    timeline: mine.map((e) => ({ at: e.occurredAt, label: describeEvent(e.type, e.payload), ip: e.ip })),
  };
}

export type ManifestContext = {
  envelope: Envelope;
  issuer: string;
  signers: EvidenceSigner[];
  /** Manual signature boxes of those who signed, by document id; `signer` indexes `signers`. */
  placements: Map<string, SignaturePlacement[]>;
};

/** Everything about the envelope that every one of its sealed documents shows. */
export async function loadManifestContext(db: Executor, envelopeId: string): Promise<ManifestContext> {
  const [row] = await db
    .select({ envelope: envelopes, account: accounts.name, branch: branches.name })
    .from(envelopes)
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .leftJoin(branches, and(eq(branches.id, envelopes.branchId), eq(branches.accountId, envelopes.accountId)))
    .where(eq(envelopes.id, envelopeId));
  if (!row) throw new Error(`Envelope ${envelopeId} não encontrado`);
  const [recipients, events] = await Promise.all([
    db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position)),
    db.select().from(envelopeEvents).where(eq(envelopeEvents.envelopeId, envelopeId)).orderBy(asc(envelopeEvents.seq)),
  ]);
  const signing = recipients.filter((r) => r.action !== 'copy' && (r.status === 'signed' || r.status === 'declined'));
  const placements = new Map<string, SignaturePlacement[]>();
  signing.forEach((r, signer) => {
    if (r.status !== 'signed') return;
    for (const { documentId, page, xMm, yMm, widthMm, heightMm } of r.signaturePlacements) {
      placements.set(documentId, [...(placements.get(documentId) ?? []), { signer, page, xMm, yMm, widthMm, heightMm }]);
    }
  });
  return {
    envelope: row.envelope,
    issuer: row.branch ? `${row.account} · ${row.branch}` : row.account,
    signers: await Promise.all(signing.map((r) => buildSigner(r, events))),
    placements,
  };
}

export function manifestFor(ctx: ManifestContext, doc: Document, opts: { verifyUrl: string; verifyCode: string; sealedAt: Date }): EvidenceManifest {
  return {
    envelopeId: ctx.envelope.id,
    envelopeName: ctx.envelope.name,
    documentName: doc.name,
    issuer: ctx.issuer,
    originalSha256: doc.sha256,
    originalPages: doc.pageCount,
    createdAt: ctx.envelope.createdAt,
    completedAt: ctx.envelope.completedAt,
    sealedAt: opts.sealedAt,
    verifyUrl: opts.verifyUrl,
    verifyCode: opts.verifyCode,
    signers: ctx.signers,
    placements: ctx.placements.get(doc.id) ?? [],
    qrCode: ctx.envelope.sealQrCode,
  };
}
