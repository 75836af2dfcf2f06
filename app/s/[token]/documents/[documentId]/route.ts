import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/content-disposition';
import { clientIp } from '@/lib/http/client-ip';
import { requireSignerSession } from '@/lib/signing/require-signer-session';
import { resolveRecipientByToken } from '@/lib/signing/resolve-token';
import { LINK_INVALID_MESSAGE } from '@/lib/signing/signer-request';
import { SIGNER_SESSION_COOKIE } from '@/lib/signing/signer-session';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/** One document of the signer's envelope, for the reader (inline) or "Baixar" (?download=1); the sealed PDF once there is one. */
export async function GET(req: Request, ctx: { params: Promise<{ token: string; documentId: string }> }) {
  const { token, documentId } = await ctx.params;
  const signer = await resolveRecipientByToken(token, { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') });
  if (!signer) return text(404, LINK_INVALID_MESSAGE);
  try {
    requireSignerSession((await cookies()).get(SIGNER_SESSION_COOKIE)?.value, signer.recipient);
  } catch (err) {
    if (err instanceof AppError) return text(err.status, err.userMessage);
    throw err;
  }
  const document = z.uuid().safeParse(documentId).success ? signer.documents.find((d) => d.id === documentId) : undefined;
  if (!document) return text(404, 'Documento não encontrado.');
  const url = new URL(req.url);
  // Once sealed, the signed PDF (with its certificate) is what the signer reads and keeps.
  const sealed = !!document.sealedSha256 && url.searchParams.get('versao') !== 'original';
  const bytes = await getBlobStore().get(sealed ? document.sealedSha256! : document.sha256);
  const base = document.name.replace(/\.pdf$/i, '');
  const fileName = sealed ? `${base} (assinado).pdf` : `${base}.pdf`;
  const download = url.searchParams.get('download') === '1';
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(download ? 'attachment' : 'inline', fileName),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'private, no-store',
      // The reader embeds this response in the portal page; the rest of the app stays DENY.
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
}
