import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export type PdfSignatureCheck =
  | { signed: false }
  | {
      signed: true;
      /** The CMS signature verifies over the signed bytes (no byte of them changed). */
      intact: boolean;
      /** The signed ranges run from the first byte to the last, leaving out only the signature itself. */
      coversWholeFile: boolean;
      subFilter: string | null;
      signer: string | null;
      /** RFC 3161 time-stamp token present (PAdES B-T). */
      timestamped: boolean;
    };

const OID_TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

// Our own engine on Node's WebCrypto: pkijs keeps a process-wide default that other libraries
// (the PDF signer) replace with engines of their own.
const engine = new pkijs.CryptoEngine({ name: 'rubrica-verify', crypto: globalThis.crypto });

/**
 * Checks the last signature of a PDF with our own reading of its ByteRange and CMS (pkijs): a
 * changed byte anywhere it covers makes it not intact. It says nothing about trusting the
 * certificate — that is the reader's trust store; we only need "is this the file we signed".
 */
export async function verifyPdfSignature(pdf: Uint8Array): Promise<PdfSignatureCheck> {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = buf.toString('latin1');
  const at = text.lastIndexOf('/ByteRange');
  if (at < 0) return { signed: false };
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 200));
  if (!range) return { signed: false };
  const [a, b, c, d] = range.slice(1).map(Number);
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(text.slice(Math.max(0, at - 600), at + 600))?.[1] ?? null;
  const broken = { signed: true as const, intact: false, coversWholeFile: false, subFilter, signer: null, timestamped: false };
  if (a !== 0 || b <= 0 || c <= b || c + d > buf.length || buf[b] !== 0x3c || buf[c - 1] !== 0x3e) return broken;
  const coversWholeFile = c + d === buf.length;
  const hex = text.slice(b + 1, c - 1).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return broken;
  const der = Buffer.from(hex, 'hex');
  const signedBytes = Buffer.concat([buf.subarray(a, a + b), buf.subarray(c, c + d)]);
  try {
    const asn1 = asn1js.fromBER(new Uint8Array(der).buffer);
    if (asn1.offset === -1) return { ...broken, coversWholeFile };
    const content = new pkijs.ContentInfo({ schema: asn1.result });
    const signedData = new pkijs.SignedData({ schema: content.content });
    const result = await signedData.verify({ signer: 0, data: new Uint8Array(signedBytes).buffer, checkChain: false, extendedMode: true }, engine);
    const intact = result.signatureVerified === true;
    const info = signedData.signerInfos[0];
    const timestamped = !!info?.unsignedAttrs?.attributes.some((x) => x.type === OID_TIMESTAMP_TOKEN);
    const certs = (signedData.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
    const sid = info?.sid;
    const mine =
      certs.find((x) => sid instanceof pkijs.IssuerAndSerialNumber && x.serialNumber.isEqual(sid.serialNumber)) ?? certs[0];
    const signer = mine ? new X509Certificate(Buffer.from(mine.toSchema().toBER(false))).subject.replace(/\n/g, ', ') : null;
    return { signed: true, intact, coversWholeFile, subFilter, signer, timestamped };
  } catch {
    return { ...broken, coversWholeFile };
  }
}
