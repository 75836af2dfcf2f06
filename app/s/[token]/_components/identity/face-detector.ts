import { browserAssetsBase } from '@/lib/identity/assets-version';
import type { Box } from '@/lib/identity/face-rules';

// face-api in the browser, on the WASM backend with the tiny face detector. Everything comes from
// our own origin (/identity-assets/…, lib/identity/browser-assets.ts) and only when the selfie step
// opens: the import is left to the browser, so none of it is in the portal's bundles.

type FaceApi = typeof import('@vladmandic/face-api');
export type FaceDetector = { detect(input: HTMLVideoElement): Promise<Box[]> };

let loading: Promise<FaceDetector> | null = null;

async function load(): Promise<FaceDetector> {
  const url = `${browserAssetsBase}face-api.esm.js`;
  const faceapi = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as FaceApi;
  const tf = faceapi.tf as unknown as { setWasmPaths(prefix: string): void; setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
  tf.setWasmPaths(browserAssetsBase);
  await tf.setBackend('wasm');
  await tf.ready();
  await faceapi.nets.tinyFaceDetector.load(browserAssetsBase);
  // 224 px input: ≈ 50 ms a frame in headless Chromium without GPU (shared/STACK.md), enough for guidance.
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: 224, scoreThreshold: 0.5 });
  return {
    async detect(input) {
      const found = await faceapi.detectAllFaces(input, options);
      return found.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height }));
    },
  };
}

export function loadFaceDetector(): Promise<FaceDetector> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
