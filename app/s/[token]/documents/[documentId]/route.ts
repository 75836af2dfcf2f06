import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/content-disposition';
import { clientIp } from '@/lib/http/client-ip';
import { getDocumentFileByToken } from '@/lib/signing/get-document-file-by-token';
import { SIGNER_SESSION_COOKIE } from '@/lib/signing/signer-session';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/** One document of the signer's envelope, for the reader (inline) or "Baixar" (?download=1); the sealed copy once completed. */
export async function GET(req: Request, ctx: { params: Promise<{ token: string; documentId: string }> }) {
  const { token, documentId } = await ctx.params;
  if (!z.uuid().safeParse(documentId).success) return text(404, 'Documento não encontrado.');
  try {
    const file = await getDocumentFileByToken(token, documentId, (await cookies()).get(SIGNER_SESSION_COOKIE)?.value, {
      ip: clientIp(req.headers),
      userAgent: req.headers.get('user-agent'),
    });
    const download = new URL(req.url).searchParams.get('download') === '1';
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
  } catch (err) {
    if (err instanceof AppError) return text(err.status, err.userMessage);
    throw err;
  }
}
