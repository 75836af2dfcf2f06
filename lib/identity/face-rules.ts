// Pure rules about faces: what the server accepts and what the camera screen asks for. Shared by
// the server checks and the in-browser guidance, so both say the same thing.

/**
 * Two descriptors closer than this (euclidean, 128-d face-api recognition model) are the same
 * person. face-api's own examples use 0.6; we use 0.5 because a false match lets someone sign as
 * another. On the face-api sample photos (identity-checks.int.test.ts) the same person's selfie and
 * ID photo measure 0.08–0.25 and every pair of different people 0.52–0.87.
 */
export const FACE_MATCH_THRESHOLD = 0.5;

/** The server refuses faces the detector is less sure of than this. */
export const FACE_MIN_SCORE = 0.5;

export function faceDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error('Descritores de tamanhos diferentes.');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

export type Box = { x: number; y: number; width: number; height: number };

/** What the camera screen tells the person; 'ok' enables the shutter. */
export type FramingAdvice = 'ok' | 'no_face' | 'many_faces' | 'closer' | 'center' | 'more_light';

/** Face at least this share of the frame's width ... */
export const MIN_FACE_WIDTH_RATIO = 0.25;
/** ... with its centre at most this share of the frame away from the frame's centre. */
export const MAX_CENTER_OFFSET_RATIO = 0.2;
/** Mean luminance (0–255) below this is too dark (the face-api sample photos, dim party rooms, measure 50). */
export const MIN_BRIGHTNESS = 40;

export function framingAdvice(faces: Box[], frame: { width: number; height: number; brightness?: number }): FramingAdvice {
  if (frame.brightness !== undefined && frame.brightness < MIN_BRIGHTNESS && faces.length === 0) return 'more_light';
  if (faces.length === 0) return 'no_face';
  if (faces.length > 1) return 'many_faces';
  const [f] = faces;
  if (f.width < frame.width * MIN_FACE_WIDTH_RATIO) return 'closer';
  const dx = Math.abs(f.x + f.width / 2 - frame.width / 2) / frame.width;
  const dy = Math.abs(f.y + f.height / 2 - frame.height / 2) / frame.height;
  if (dx > MAX_CENTER_OFFSET_RATIO || dy > MAX_CENTER_OFFSET_RATIO) return 'center';
  if (frame.brightness !== undefined && frame.brightness < MIN_BRIGHTNESS) return 'more_light';
  return 'ok';
}
