import { AppError } from '../errors';

export const MAX_DRAWING_BYTES = 500 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type Geolocation = { lat: number; lon: number; accuracy: number };

const invalid = (message: string) => new AppError('INVALID_INPUT', { userMessage: message });

/** "  José  da CONCEIÇÃO " and "jose da conceicao" are the same name for a typed signature. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function typedNameMatches(typed: string | null | undefined, expected: string): boolean {
  const t = normalizeName(typed ?? '');
  return t.length > 0 && t === normalizeName(expected);
}

/** A drawn signature must really be a PNG (signature bytes and an IHDR chunk first), at most 500 KB. */
export function checkDrawing(bytes: Uint8Array | null | undefined): Buffer {
  if (!bytes || bytes.length === 0) throw invalid('Desenhe sua assinatura antes de continuar.');
  if (bytes.length > MAX_DRAWING_BYTES) throw invalid('A imagem da assinatura passa de 500 KB. Desenhe novamente.');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw invalid('A assinatura desenhada precisa ser uma imagem PNG.');
  }
  return buf;
}

export function checkGeolocation(geo: Geolocation | null | undefined): Geolocation | null {
  if (!geo) return null;
  const { lat, lon, accuracy } = geo;
  const ok =
    Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(accuracy) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && accuracy >= 0;
  if (!ok) throw invalid('Localização inválida.');
  return { lat, lon, accuracy };
}
