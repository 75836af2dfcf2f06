import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { pdfResponse, textResponse } from '@/lib/http/pdf-response';
import { getSpaceDocumentFile } from '@/lib/signer-space/get-space-document-file';
import { SPACE_SESSION_COOKIE } from '@/lib/signer-space/space-session';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** A document listed in the signer space (cookie of a proven CPF): the sealed copy once it exists. */
export async function GET(req: Request, ctx: { params: Promise<{ recipientId: string; documentId: string }> }) {
  const { recipientId, documentId } = await ctx.params;
  if (!z.uuid().safeParse(recipientId).success || !z.uuid().safeParse(documentId).success) return textResponse(404, 'Documento não encontrado.');
  try {
    const file = await getSpaceDocumentFile((await cookies()).get(SPACE_SESSION_COOKIE)?.value, recipientId, documentId, {
      ip: clientIp(req.headers),
      userAgent: req.headers.get('user-agent'),
    });
    return pdfResponse(file, new URL(req.url).searchParams.get('download') !== '0');
  } catch (err) {
    if (err instanceof AppError) return textResponse(err.status, err.userMessage);
    throw err;
  }
}
