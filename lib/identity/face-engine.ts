import 'server-only';
import path from 'node:path';
import type { DecodedImage } from './decode-image';
import { packageDir } from './package-dir';

// face-api in Node on the WASM backend (no native TensorFlow): the detector and landmark models
// are small; the recognition model is 6.5 MB and with it the process grows by ≈ 300 MB, so the
// engine loads lazily, once per process, the first time a check needs it (shared/STACK.md).

type FaceApi = typeof import('@vladmandic/face-api');

export type DetectedFace = {
  box: { x: number; y: number; width: number; height: number };
  score: number;
  /** 128 numbers that describe the face; compared by euclidean distance (face-match.ts). */
  descriptor: Float32Array | null;
};

export type FaceAnalysis = { faces: DetectedFace[]; width: number; height: number };

type Engine = { faceapi: FaceApi; tf: FaceApi['tf'] };
type Holder = { __rubricaFaceEngine?: Promise<Engine>; __rubricaFaceQueue?: Promise<unknown> };
const holder = globalThis as Holder;

async function load(): Promise<Engine> {
  const tf = (await import('@tensorflow/tfjs')) as unknown as FaceApi['tf'];
  // Registers the 'wasm' backend; its .wasm files are read from the package folder (never call
  // setWasmPaths with a file path in Node: it breaks loading).
  await import('@tensorflow/tfjs-backend-wasm');
  const mod = (await import('@vladmandic/face-api/dist/face-api.node-wasm.js')) as unknown as FaceApi & { default?: FaceApi };
  const faceapi = mod.default ?? mod;
  // setBackend/ready exist at runtime but are missing from face-api's bundled typings.
  const backend = tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
  await backend.setBackend('wasm');
  await backend.ready();
  const models = path.join(packageDir('@vladmandic/face-api'), 'model');
  await Promise.all([
    faceapi.nets.tinyFaceDetector.loadFromDisk(models),
    faceapi.nets.faceLandmark68Net.loadFromDisk(models),
    faceapi.nets.faceRecognitionNet.loadFromDisk(models),
  ]);
  return { faceapi, tf };
}

export function faceEngine(): Promise<Engine> {
  holder.__rubricaFaceEngine ??= load().catch((err: unknown) => {
    holder.__rubricaFaceEngine = undefined;
    throw err;
  });
  return holder.__rubricaFaceEngine;
}

/** One analysis at a time: TensorFlow runs on one thread anyway, and memory stays bounded. */
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = (holder.__rubricaFaceQueue ?? Promise.resolve()).then(fn, fn);
  holder.__rubricaFaceQueue = run.catch(() => undefined);
  return run;
}

/**
 * Every face in the image (tiny face detector), each with its descriptor when asked. Boxes are in
 * the decoded image's pixels.
 */
export function analyzeFaces(image: DecodedImage, opts: { descriptors: boolean; inputSize?: number; minScore?: number }): Promise<FaceAnalysis> {
  return serialised(async () => {
    const { faceapi, tf } = await faceEngine();
    const input = tf.tensor3d(image.rgb, [image.height, image.width, 3], 'int32');
    try {
      const options = new faceapi.TinyFaceDetectorOptions({ inputSize: opts.inputSize ?? 416, scoreThreshold: opts.minScore ?? 0.5 });
      const toFace = (d: { box: DetectedFace['box']; score: number }, descriptor: Float32Array | null): DetectedFace => ({
        box: { x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height },
        score: d.score,
        descriptor,
      });
      if (!opts.descriptors) {
        const found = await faceapi.detectAllFaces(input as never, options);
        return { faces: found.map((d) => toFace(d, null)), width: image.width, height: image.height };
      }
      const found = await faceapi.detectAllFaces(input as never, options).withFaceLandmarks().withFaceDescriptors();
      return { faces: found.map((r) => toFace(r.detection, r.descriptor)), width: image.width, height: image.height };
    } finally {
      input.dispose();
    }
  });
}
