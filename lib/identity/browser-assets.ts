import 'server-only';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What the phone downloads for the selfie step, served from our own origin (no CDN): face-api's
// browser bundle (tfjs inside), the WASM backend's binaries and the tiny face detector. The version
// in the URL lets browsers keep them for a year.

export { BROWSER_ASSETS_VERSION } from './assets-version';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const FILES: Record<string, { pkg: string; rel: string; type: string }> = {
  'face-api.esm.js': { pkg: '@vladmandic/face-api', rel: 'dist/face-api.esm.js', type: 'text/javascript; charset=utf-8' },
  'tiny_face_detector_model-weights_manifest.json': { pkg: '@vladmandic/face-api', rel: 'model/tiny_face_detector_model-weights_manifest.json', type: 'application/json' },
  'tiny_face_detector_model.bin': { pkg: '@vladmandic/face-api', rel: 'model/tiny_face_detector_model.bin', type: 'application/octet-stream' },
  'tfjs-backend-wasm.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm.wasm', type: 'application/wasm' },
  'tfjs-backend-wasm-simd.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm-simd.wasm', type: 'application/wasm' },
  'tfjs-backend-wasm-threaded-simd.wasm': { pkg: '@tensorflow/tfjs-backend-wasm', rel: 'dist/tfjs-backend-wasm-threaded-simd.wasm', type: 'application/wasm' },
};

type Encoded = { type: string; raw: Buffer; br: Buffer; gzip: Buffer };
type Holder = { __rubricaIdentityAssets?: Map<string, Promise<Encoded>> };
const holder = globalThis as Holder;
const cache = (holder.__rubricaIdentityAssets ??= new Map());

async function encode(file: string): Promise<Encoded | null> {
  const spec = FILES[file];
  if (!spec) return null;
  const raw = await readFile(path.join(pkgDir(spec.pkg), spec.rel));
  return {
    type: spec.type,
    raw,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gzip: gzipSync(raw, { level: 9 }),
  };
}

/** The file compressed once per process (brotli, else gzip, else as is), by what the browser accepts. */
export async function browserAsset(file: string, acceptEncoding: string): Promise<{ body: Buffer; type: string; encoding: string | null } | null> {
  if (!Object.hasOwn(FILES, file)) return null;
  if (!cache.has(file)) cache.set(file, encode(file).then((e) => e!));
  const e = await cache.get(file)!;
  if (/\bbr\b/.test(acceptEncoding)) return { body: e.br, type: e.type, encoding: 'br' };
  if (/\bgzip\b/.test(acceptEncoding)) return { body: e.gzip, type: e.type, encoding: 'gzip' };
  return { body: e.raw, type: e.type, encoding: null };
}
