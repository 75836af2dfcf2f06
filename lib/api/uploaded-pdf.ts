import { PDFDocument } from 'pdf-lib';
import { getBlobStore } from '../storage/get-blob-store';

export type InspectedPdf = { bytes: Uint8Array; pageCount: number; /** width × height of each page in millimetres. */ pagesMm: { width: number; height: number }[] };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const MM_PER_POINT = 25.4 / 72;

/** Decodes base64 (standard or URL-safe, with or without a data: prefix); null when it is not base64. */
export function decodeBase64(value: string): Uint8Array | null {
  const clean = value.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
  if (!clean || clean.length % 4 === 1 || !BASE64.test(clean)) return null;
  return new Uint8Array(Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64'));
}

export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Opens the PDF (refusing what is not one) and reads its pages' sizes; null when it cannot be read. */
export async function inspectPdf(bytes: Uint8Array): Promise<InspectedPdf | null> {
  if (!looksLikePdf(bytes)) return null;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const pagesMm = doc.getPages().map((p) => {
      const { width, height } = p.getSize();
      return { width: width * MM_PER_POINT, height: height * MM_PER_POINT };
    });
    if (pagesMm.length === 0) return null;
    return { bytes, pageCount: pagesMm.length, pagesMm };
  } catch {
    return null;
  }
}

/** Stores an inspected upload and returns the envelope document fields. */
export async function storeUploadedPdf(name: string, pdf: InspectedPdf) {
  const { sha256, size } = await getBlobStore().put(pdf.bytes);
  return { name, kind: 'upload' as const, documentTypeId: null, contractTermId: null, sha256, sizeBytes: size, pageCount: pdf.pageCount };
}
