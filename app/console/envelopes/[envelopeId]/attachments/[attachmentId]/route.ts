import { getSignerAttachment } from '@/lib/envelopes/get-signer-attachment';
import { notFound } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/content-disposition';
import { operatorRoute } from '@/lib/http/operator-route';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** A signer's uploaded attachment, downloaded by staff from the signature history. */
export const GET = operatorRoute<{ envelopeId: string; attachmentId: string }>('viewer', async (_req, ctx, { envelopeId, attachmentId }) => {
  if (!z.uuid().safeParse(envelopeId).success || !z.uuid().safeParse(attachmentId).success) throw notFound('Anexo');
  const file = await getSignerAttachment(ctx, envelopeId, attachmentId);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition('attachment', file.fileName),
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
});
