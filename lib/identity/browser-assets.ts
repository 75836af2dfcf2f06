import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageDir } from './package-dir';

// What the phone downloads for the selfie step, served from our own origin (no CDN): face-api's
// browser bundle (tfjs inside), the WASM backend's binaries and the tiny face detector. The version
// in the URL lets browsers keep them for a year.

export { BROWSER_ASSETS_VERSION } from './assets-version';



const FILES: Record<string, { pkg: string; rel: string; type: string }> = {
  'face-api.esm.js': { pkg: '@vladmandic/face-api', rel: 'dist/face-api.esm.js', type: 'text/javascript; charset=utf-8' },
  'tiny_face_detector_model-weights_manifest.json': { pkg: '@vladmandic/face-api', rel: 'model/tiny_face_detector_model-weights_manifest.json', type: 'application/json' },
  'tiny_face_detector_model.bin': { pkg: '@vladmandic/face-api', rel: 'model/tiny_face_detector_model.bin', type: 'application/octet-stream' },
  'tfjs-backend-wasm.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm.wasm', type: 'application/wasm' },
  'tfjs-backend-wasm-simd.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm-simd.wasm', type: 'application/wasm' },
  'tfjs-backend-wasm-threaded-simd.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm-threaded-simd.wasm', type: 'application/wasm' },
};

type Holder = { __rubricaIdentityAssets?: Map<string, Promise<Buffer>> };
const holder = globalThis as Holder;
const cache = (holder.__rubricaIdentityAssets ??= new Map());

/**
 * The file's bytes (read once per process). Compression is left to the server (Next compresses
 * every response with gzip; a Content-Encoding set here would be compressed a second time).
 */
export async function browserAsset(file: string): Promise<{ body: Buffer; type: string } | null> {
  if (!Object.hasOwn(FILES, file)) return null;
  const spec = FILES[file];
  if (!cache.has(file)) cache.set(file, readFile(/* turbopackIgnore: true */ path.join(packageDir(spec.pkg), spec.rel)));
  return { body: await cache.get(file)!, type: spec.type };
}
