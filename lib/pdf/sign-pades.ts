import { createHash } from 'node:crypto';
import { HttpTimestampAuthority, P12Signer, PDF } from '@libpdf/core';

export type PadesOptions = {
  /** PKCS#12 holding the platform's signing key, its certificate and chain. */
  p12: Uint8Array;
  password: string;
  /** RFC 3161 time-stamp authority: B-T when set, B-B otherwise. A TSA failure throws. */
  tsaUrl?: string | null;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime?: Date;
};

// Opening a PKCS#12 runs its key-derivation rounds: do it once per file, not once per document.
const signers = new Map<string, Promise<P12Signer>>();

function signerFor(p12: Uint8Array, password: string): Promise<P12Signer> {
  const key = createHash('sha256').update(p12).update('\0').update(password).digest('hex');
  let signer = signers.get(key);
  if (!signer) {
    signer = P12Signer.create(p12, password, { buildChain: false });
    signers.set(key, signer);
    signer.catch(() => signers.delete(key));
  }
  return signer;
}

/**
 * A PAdES baseline signature over the whole file, as an incremental update: SubFilter
 * ETSI.CAdES.detached, CMS signed attributes with ESS signing-certificate-v2, and (B-T) the
 * TSA's time-stamp token over the signature value as an unsigned attribute.
 */
export async function signPades(bytes: Uint8Array, opts: PadesOptions): Promise<Uint8Array> {
  const signer = await signerFor(opts.p12, opts.password);
  const pdf = await PDF.load(bytes);
  const tsa = opts.tsaUrl ? new HttpTimestampAuthority(opts.tsaUrl, { timeout: 20_000 }) : undefined;
  const result = await pdf.sign({
    signer,
    reason: opts.reason,
    location: opts.location,
    contactInfo: opts.contactInfo,
    signingTime: opts.signingTime,
    fieldName: 'Rubrica',
    subFilter: 'ETSI.CAdES.detached',
    level: tsa ? 'B-T' : 'B-B',
    timestampAuthority: tsa,
    estimatedSize: tsa ? 32_768 : 16_384,
  });
  return result.bytes;
}
