import { BROWSER_ASSETS_VERSION, browserAsset } from '@/lib/identity/browser-assets';

/** face-api, its WASM binaries and the face detector model, from our own origin (lib/identity/browser-assets.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await params;
  const asset = version === BROWSER_ASSETS_VERSION ? await browserAsset(file) : null;
  if (!asset) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = {
    'Content-Type': asset.type,
    'Cache-Control': 'public, max-age=31536000, immutable',
  };
  return new Response(new Uint8Array(asset.body), { headers });
}
