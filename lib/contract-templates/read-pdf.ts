import 'server-only';
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { AppError } from '../errors';
import { MAX_PDF_BYTES } from './schemas';

const refuse = (message: string) => new AppError('INVALID_INPUT', { userMessage: message, fields: { file: [message] } });

const PDF_HEADER = Buffer.from('%PDF-');

/**
 * The bytes of an uploaded template, checked by what they are rather than by the file's name or
 * declared type: a PDF header, a document pdf-lib can open, not password-protected (it could not be
 * stamped and signed later), with at least one page.
 */
export async function readPdf(file: Blob): Promise<{ bytes: Uint8Array; pageCount: number }> {
  if (file.size === 0) throw refuse('Escolha um arquivo PDF.');
  if (file.size > MAX_PDF_BYTES) throw refuse('O arquivo tem mais de 10 MB. Envie um PDF de até 10 MB.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER.length)).equals(PDF_HEADER)) {
    throw refuse('O arquivo não é um PDF. Envie o documento em PDF.');
  }
  let pageCount: number;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    pageCount = doc.getPageCount();
  } catch (err) {
    if (err instanceof EncryptedPDFError) throw refuse('O PDF está protegido por senha. Envie uma cópia sem proteção.');
    throw refuse('Não foi possível ler o PDF: o arquivo parece danificado.');
  }
  if (pageCount < 1) throw refuse('O PDF não tem nenhuma página.');
  return { bytes, pageCount };
}
