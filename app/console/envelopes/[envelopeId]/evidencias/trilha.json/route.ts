import { trailAsJson } from '@/lib/evidence/export-envelope-trail';
import { getEnvelopeTrail } from '@/lib/evidence/get-envelope-trail';
import { contentDisposition } from '@/lib/http/content-disposition';
import { operatorRoute } from '@/lib/http/operator-route';

export const dynamic = 'force-dynamic';

export const GET = operatorRoute<{ envelopeId: string }>('viewer', async (_req, ctx, params) => {
  const trail = await getEnvelopeTrail(ctx, params.envelopeId);
  return new Response(JSON.stringify(trailAsJson(trail), null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition('attachment', `trilha-${trail.envelope.id}.json`),
      'Cache-Control': 'private, no-store',
    },
  });
});
