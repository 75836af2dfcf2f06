import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { pdfResponse, textResponse } from '@/lib/http/pdf-response';
import { getDocumentFileByToken } from '@/lib/signing/get-document-file-by-token';
import { SIGNER_SESSION_COOKIE } from '@/lib/signing/signer-session';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** One document of the signer's envelope, for the reader (inline) or "Baixar" (?download=1); the sealed copy once completed. */
export async function GET(req: Request, ctx: { params: Promise<{ token: string; documentId: string }> }) {
  const { token, documentId } = await ctx.params;
  if (!z.uuid().safeParse(documentId).success) return textResponse(404, 'Documento não encontrado.');
  try {
    const download = new URL(req.url).searchParams.get('download') === '1';
    const file = await getDocumentFileByToken(
      token,
      documentId,
      (await cookies()).get(SIGNER_SESSION_COOKIE)?.value,
      { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') },
      { download },
    );
    return pdfResponse(file, download);
  } catch (err) {
    if (err instanceof AppError) return textResponse(err.status, err.userMessage);
    throw err;
  }
}
