import { renderTemplatePdf } from '@/lib/contract-templates/render-template-pdf';
import { notFound } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/content-disposition';
import { operatorRoute } from '@/lib/http/operator-route';
import { z } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** "Pré-visualizar PDF": the template filled with the sample customer, shown in the browser's viewer. */
export const GET = operatorRoute<{ templateId: string }>('viewer', async (_req, ctx, { templateId }) => {
  if (!z.uuid().safeParse(templateId).success) throw notFound('Modelo');
  const { bytes, fileName } = await renderTemplatePdf(ctx, templateId);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('inline', fileName),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
});
