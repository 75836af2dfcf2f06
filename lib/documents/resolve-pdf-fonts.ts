import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * Roboto, as shipped inside the pdfmake package: it installs with the dependency on every machine
 * (no system font package to remember), covers Latin-1 and Latin Extended-A (ç ã õ é ê º ª, “ ” – …)
 * and is embedded as a subset with its Unicode map, so text extracted from the PDF keeps its
 * accents. pdfmake's "bold" is Roboto Medium, which reads as bold in body text without looking heavy.
 */

export const DOCUMENT_FONT = 'Roboto';

const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export type FontFaces = Record<keyof typeof FILES, string>;

let cached: FontFaces | null = null;

/**
 * Absolute paths of the four faces. pdfmake on Node takes fonts as paths (not bytes) and opens them
 * itself; render-pdf allows it to open these files and nothing else.
 */
export function resolvePdfFonts(): FontFaces {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // turbopackIgnore: left alone, Turbopack tries to bundle the .ttf this names and the build fails.
  const dir = path.dirname(require.resolve(/* turbopackIgnore: true */ 'pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  const faces = {} as FontFaces;
  for (const [face, file] of Object.entries(FILES) as [keyof FontFaces, string][]) faces[face] = path.join(dir, file);
  cached = faces;
  return faces;
}
