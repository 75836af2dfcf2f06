import { readIdentityReviewImage } from '@/lib/identity/get-identity-review';
import { sniffImageType } from '@/lib/identity/decode-image';
import { operatorRoute } from '@/lib/http/operator-route';

const KINDS = { selfie: 'selfie', documento: 'document', verso: 'document_back' } as const;

/** A selfie or ID photo for the reviewer's screen: decrypted per request, never cached. */
export const GET = operatorRoute<{ proofId: string; kind: string }>('operator', async (_req, ctx, { proofId, kind }) => {
  const k = KINDS[kind as keyof typeof KINDS];
  if (!k || !/^[0-9a-f-]{36}$/.test(proofId)) return new Response('Not found', { status: 404 });
  const bytes = await readIdentityReviewImage(ctx, proofId, k);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': sniffImageType(bytes) ?? 'application/octet-stream', 'Cache-Control': 'private, no-store', 'Content-Disposition': 'inline' },
  });
});
