import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * Roboto as shipped inside the pdfmake package (already a dependency): it installs on every
 * machine with npm, no system font package to remember, and covers Portuguese (ç ã õ é ê º ª).
 * Embedded as TrueType with a Unicode map, so pdftotext and screen readers get the accents back.
 */
export type FontBytes = { regular: Uint8Array; medium: Uint8Array };

let cached: FontBytes | null = null;

export function evidenceFontBytes(): FontBytes {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // turbopackIgnore: left alone, Turbopack tries to bundle the .ttf this names and the build fails.
  const dir = path.dirname(require.resolve(/* turbopackIgnore: true */ 'pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  cached = {
    regular: new Uint8Array(readFileSync(path.join(dir, 'Roboto-Regular.ttf'))),
    medium: new Uint8Array(readFileSync(path.join(dir, 'Roboto-Medium.ttf'))),
  };
  return cached;
}
