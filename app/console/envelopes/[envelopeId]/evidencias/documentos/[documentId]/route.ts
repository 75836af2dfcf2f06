import { getDocumentFile } from '@/lib/evidence/get-document-file';
import { contentDisposition } from '@/lib/http/content-disposition';
import { operatorRoute } from '@/lib/http/operator-route';

export const dynamic = 'force-dynamic';

/** The sealed PDF (default) or, with ?versao=original, the original as uploaded or rendered. */
export const GET = operatorRoute<{ envelopeId: string; documentId: string }>('viewer', async (req, ctx, params) => {
  const version = new URL(req.url).searchParams.get('versao') === 'original' ? 'original' : 'sealed';
  const file = await getDocumentFile(ctx, params.envelopeId, params.documentId, version);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('attachment', file.fileName),
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
});
