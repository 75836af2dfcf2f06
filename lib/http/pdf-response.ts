import { contentDisposition } from './content-disposition';

/** A plain-text answer for a file route's refusals; never cached. */
export function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}

/** A private PDF for the signer: inline for the reader (framed only by our own pages), or as a download. */
export function pdfResponse(file: { bytes: Uint8Array; fileName: string }, download: boolean): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(download ? 'attachment' : 'inline', file.fileName),
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
}
