/**
 * Everything the sealed PDF says about a document and its signers, as plain data. lib/pdf draws
 * it and knows nothing about envelopes or the database: lib/evidence gathers it from the trail,
 * already masked (CPF, e-mail, phone) and worded in Portuguese.
 */
export type EvidenceTimelineEntry = { at: Date; label: string; ip?: string | null };

export type EvidenceSigner = {
  name: string;
  /** "123.***.***-09" — never the whole CPF. */
  taxIdMasked: string | null;
  /** "jo***@cliente.com.br" or "+55 11 9****-4321". */
  contactMasked: string | null;
  role: string;
  /** "Assinou", "Aprovou", "Assinou (manuscrita)", "Recusou", "Recebeu cópia". */
  action: string;
  /** "Código de 6 dígitos por e-mail (jo***@…)". */
  authentication: string | null;
  /** Delivery channel of the invitation: "E-mail", "WhatsApp", "SMS". */
  channel: string | null;
  ip: string | null;
  device: string | null;
  geolocation: string | null;
  signedAt: Date | null;
  typedName?: string | null;
  faceMatch?: string | null;
  /** JPEG or PNG bytes of the selfie taken while signing. */
  selfie?: Uint8Array | null;
  /** PNG of the drawn signature. */
  drawing?: Uint8Array | null;
  timeline: EvidenceTimelineEntry[];
};

/** A signer's visual signature box on an original page: page from 1, millimetres from the top-left. */
export type SignaturePlacement = { signer: number; page: number; xMm: number; yMm: number; widthMm: number; heightMm: number };

export type EvidenceManifest = {
  envelopeId: string;
  envelopeName: string;
  documentName: string;
  /** Who sent it: account, or "Account · Branch". */
  issuer: string;
  originalSha256: string;
  originalPages: number;
  createdAt: Date;
  completedAt: Date | null;
  sealedAt: Date;
  verifyUrl: string;
  verifyCode: string;
  signers: EvidenceSigner[];
  placements?: SignaturePlacement[];
  /** false: no QR code in the verification box (the URL and code are printed either way). */
  qrCode?: boolean;
};
