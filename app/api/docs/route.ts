import { openApiDocument } from '@/lib/api/openapi/document';
import { renderDocsHtml } from '@/lib/api/openapi/render-docs';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(renderDocsHtml(openApiDocument(env().publicUrl) as unknown as Record<string, unknown>), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
  });
}
