import path from 'node:path';

/**
 * The files PDF.js fetches at run time (its worker, CMaps for CJK fonts, the standard fonts a PDF
 * may reference without embedding, image-decoder WASM, ICC profiles), served from our own origin
 * at /pdfjs/<version>/<file> — no CDN, so the reader works on a closed network and the signer's
 * browser talks to nobody else. The legacy build: signers' phones are not always new.
 */
const ALLOWED: [RegExp, string][] = [
  [/^legacy\/build\/pdf\.worker\.min\.mjs$/, 'text/javascript; charset=utf-8'],
  [/^cmaps\/[A-Za-z0-9_.-]+\.bcmap$/, 'application/octet-stream'],
  [/^standard_fonts\/[A-Za-z0-9_-]+\.pfb$/, 'application/octet-stream'],
  [/^standard_fonts\/[A-Za-z0-9_-]+\.ttf$/, 'font/ttf'],
  [/^wasm\/[A-Za-z0-9_-]+\.wasm$/, 'application/wasm'],
  [/^wasm\/[A-Za-z0-9_-]+\.js$/, 'text/javascript; charset=utf-8'],
  [/^iccs\/[A-Za-z0-9_-]+\.icc$/, 'application/vnd.iccprofile'],
];

export type PdfjsAsset = { file: string; contentType: string };

/** The file for /pdfjs/<version>/<...parts>, or null: wrong version, not on the list, or any path trick. */
export function pdfjsAsset(root: string, installedVersion: string, parts: string[]): PdfjsAsset | null {
  const [version, ...rest] = parts;
  if (version !== installedVersion || rest.length < 2) return null;
  const relative = rest.join('/');
  const match = ALLOWED.find(([pattern]) => pattern.test(relative));
  if (!match || rest.some((p) => p === '.' || p === '..')) return null;
  const file = path.join(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  return { file, contentType: match[1] };
}

/** Where the browser finds PDF.js's files; the version makes each URL safe to cache forever. */
export function pdfjsBaseUrl(version: string) {
  return `/pdfjs/${version}`;
}
