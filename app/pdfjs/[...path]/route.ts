import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfjsAsset } from '@/lib/http/pdfjs-asset';

// PDF.js's worker and data files, from the installed package (see lib/http/pdfjs-asset.ts).
const root = path.join(process.cwd(), 'node_modules', 'pdfjs-dist');
let installed: Promise<string> | null = null;
const installedVersion = () => (installed ??= readFile(path.join(root, 'package.json'), 'utf8').then((t) => (JSON.parse(t) as { version: string }).version));

export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const asset = pdfjsAsset(root, await installedVersion(), (await ctx.params).path);
  const bytes = asset ? await readFile(asset.file).catch(() => null) : null;
  if (!asset || !bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Length': String(bytes.byteLength) },
  });
}
