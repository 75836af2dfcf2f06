import 'server-only';
import { AppError } from '../errors';

/** What the signer may send: photos from a phone camera or gallery. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export type DecodedImage = {
  /** RGB bytes, row by row, of the image scaled so its longer side is at most maxSide. */
  rgb: Uint8Array;
  width: number;
  height: number;
  /** Scale from the original to `rgb` (≤ 1). */
  scale: number;
};

/** JPEG, PNG or WebP by their first bytes: the declared type of an upload is not trusted. */
export function sniffImageType(bytes: Uint8Array): (typeof ACCEPTED_IMAGE_TYPES)[number] | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length > 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

export const unreadableImage = () =>
  new AppError('INVALID_INPUT', { userMessage: 'Não foi possível ler a foto. Envie uma foto JPG, PNG ou WebP de até 8 MB.' });

export function checkImage(bytes: Uint8Array | null | undefined): Uint8Array {
  if (!bytes || bytes.length === 0 || bytes.length > MAX_IMAGE_BYTES || !sniffImageType(bytes)) throw unreadableImage();
  return bytes;
}

/** Decodes (with @napi-rs/canvas, no native TensorFlow) and scales down for detection. */
export async function decodeImage(bytes: Uint8Array, maxSide: number): Promise<DecodedImage> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  let img: Awaited<ReturnType<typeof loadImage>>;
  try {
    img = await loadImage(Buffer.from(bytes));
  } catch {
    throw unreadableImage();
  }
  if (!img.width || !img.height) throw unreadableImage();
  const scale = Math.min(1, maxSide / Math.max(img.width, img.height));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4) {
    rgb[j++] = rgba[i];
    rgb[j++] = rgba[i + 1];
    rgb[j++] = rgba[i + 2];
  }
  return { rgb, width, height, scale };
}

/** A copy for OCR: at most maxSide pixels on the longer side (phone photos of 4000 px are slow to read). */
export async function imageForOcr(bytes: Uint8Array, maxSide = 1600): Promise<Buffer> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const img = await loadImage(Buffer.from(bytes)).catch(() => {
    throw unreadableImage();
  });
  const scale = Math.min(1, maxSide / Math.max(img.width, img.height));
  if (scale === 1 && sniffImageType(bytes) !== 'image/webp') return Buffer.from(bytes);
  const canvas = createCanvas(Math.round(img.width * scale), Math.round(img.height * scale));
  canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.encode('png');
}
