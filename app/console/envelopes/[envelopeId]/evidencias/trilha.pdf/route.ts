import { trailAsPdf } from '@/lib/evidence/export-envelope-trail';
import { getEnvelopeTrail } from '@/lib/evidence/get-envelope-trail';
import { contentDisposition } from '@/lib/http/content-disposition';
import { operatorRoute } from '@/lib/http/operator-route';

export const dynamic = 'force-dynamic';

export const GET = operatorRoute<{ envelopeId: string }>('viewer', async (_req, ctx, params) => {
  const trail = await getEnvelopeTrail(ctx, params.envelopeId);
  const pdf = await trailAsPdf(trail);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('attachment', `trilha-${trail.envelope.id}.pdf`),
      'Cache-Control': 'private, no-store',
    },
  });
});
