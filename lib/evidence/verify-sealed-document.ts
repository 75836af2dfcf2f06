import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { getDb } from '../db/client';
import { accounts, branches, envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { envelopeStatusLabels } from '../envelopes/schemas';
import { verifyPdfSignature, type PdfSignatureCheck } from '../pdf/verify-pdf-signature';
import { maskTaxId } from './mask-tax-id';
import { normalizeVerificationCode } from './verification-code';

export type VerifiedSigner = { name: string; taxId: string | null; role: string; action: string; at: Date | null };

export type VerifiedDocument = {
  code: string | null;
  documentName: string;
  issuer: string;
  status: string;
  statusLabel: string;
  pages: number;
  originalSha256: string;
  sealedSha256: string | null;
  createdAt: Date;
  completedAt: Date | null;
  sealedAt: Date | null;
  signers: VerifiedSigner[];
};

export type UploadVerdict = {
  sha256: string;
  size: number;
  /** sealed: this exact file is one Rubrica sealed; original: it is the unsigned original of one; none: unknown to us. */
  match: 'sealed' | 'original' | 'none';
  signature: PdfSignatureCheck;
  document: VerifiedDocument | null;
};

const roleLabels: Record<string, string> = {
  customer: 'Cliente',
  customer_witness: 'Testemunha do cliente',
  company_signer: 'Responsável pela empresa',
  company_witness: 'Testemunha da empresa',
  other: 'Signatário',
};

/** "Maria Aparecida Gonçalves" → "Maria A. G.": recognisable to the people involved, not a directory of names. */
export function maskName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const initials = rest.filter((w) => !/^(da|de|do|das|dos|e)$/i.test(w)).map((w) => `${w[0]!.toUpperCase()}.`);
  return [first, ...initials].join(' ');
}

type DocRow = typeof envelopeDocuments.$inferSelect;

async function describe(doc: DocRow): Promise<VerifiedDocument> {
  const db = await getDb();
  const [row] = await db
    .select({ envelope: envelopes, account: accounts.name, branch: branches.name })
    .from(envelopes)
    .innerJoin(accounts, eq(accounts.id, envelopes.accountId))
    .leftJoin(branches, and(eq(branches.id, envelopes.branchId), eq(branches.accountId, envelopes.accountId)))
    .where(eq(envelopes.id, doc.envelopeId));
  const recipients = await db
    .select()
    .from(envelopeRecipients)
    .where(and(eq(envelopeRecipients.envelopeId, doc.envelopeId), inArray(envelopeRecipients.action, ['sign', 'approve', 'handwritten'])))
    .orderBy(asc(envelopeRecipients.position));
  const e = row.envelope;
  return {
    code: doc.verificationCode,
    documentName: doc.name,
    issuer: row.branch ? `${row.account} · ${row.branch}` : row.account,
    status: e.status,
    statusLabel: envelopeStatusLabels[e.status],
    pages: doc.pageCount,
    originalSha256: doc.sha256,
    sealedSha256: doc.sealedSha256,
    createdAt: e.createdAt,
    completedAt: e.completedAt,
    sealedAt: doc.sealedAt,
    signers: recipients.map((r) => ({
      name: maskName(r.name),
      taxId: maskTaxId(r.cpf),
      role: roleLabels[r.role] ?? r.role,
      action: r.status === 'signed' ? (r.action === 'approve' ? 'Aprovou' : 'Assinou') : r.status === 'declined' ? 'Recusou' : 'Pendente',
      at: r.signedAt ?? r.declinedAt,
    })),
  };
}

/**
 * The sealed document a printed or scanned code points to, or null. Public: the envelope's own name
 * (which often carries the customer's full name) stays out; signers are shown masked.
 */
export async function verifyByCode(input: string): Promise<VerifiedDocument | null> {
  const code = normalizeVerificationCode(input);
  if (!code) return null;
  const db = await getDb();
  const [doc] = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.verificationCode, code));
  return doc ? describe(doc) : null;
}

/**
 * Is this exact file one we sealed? Looked up by its SHA-256 (any changed byte gives another hash),
 * and its embedded signature checked on its own, so a reader also learns why a file does not match.
 */
export async function verifyUpload(bytes: Uint8Array): Promise<UploadVerdict> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const db = await getDb();
  const docs = await db
    .select()
    .from(envelopeDocuments)
    .where(or(eq(envelopeDocuments.sealedSha256, sha256), eq(envelopeDocuments.sha256, sha256)))
    .limit(5);
  const sealed = docs.find((d) => d.sealedSha256 === sha256);
  const original = docs.find((d) => d.sha256 === sha256 && d.sealedSha256);
  const hit = sealed ?? original ?? null;
  return {
    sha256,
    size: bytes.length,
    match: sealed ? 'sealed' : original ? 'original' : 'none',
    signature: await verifyPdfSignature(bytes),
    document: hit ? await describe(hit) : null,
  };
}
