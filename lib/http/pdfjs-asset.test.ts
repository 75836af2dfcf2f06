import { describe, expect, it } from 'vitest';
import { pdfjsAsset } from './pdfjs-asset';

const root = '/app/node_modules/pdfjs-dist';

describe('PDF.js files served from our origin', () => {
  it('serves the worker, CMaps, standard fonts and WASM of the installed version', () => {
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'legacy', 'build', 'pdf.worker.min.mjs'])).toEqual({ file: `${root}/legacy/build/pdf.worker.min.mjs`, contentType: 'text/javascript; charset=utf-8' });
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'cmaps', 'UniJIS-UCS2-H.bcmap'])?.file).toBe(`${root}/cmaps/UniJIS-UCS2-H.bcmap`);
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'standard_fonts', 'FoxitSerif.pfb'])).not.toBeNull();
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'wasm', 'openjpeg.wasm'])?.contentType).toBe('application/wasm');
  });

  it('refuses other versions, other files and path tricks', () => {
    expect(pdfjsAsset(root, '5.4.296', ['5.4.295', 'legacy', 'build', 'pdf.worker.min.mjs'])).toBeNull();
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'package.json'])).toBeNull();
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'cmaps', '..', '..', 'secret.bcmap'])).toBeNull();
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'cmaps', '..%2F..%2Fx.bcmap'])).toBeNull();
    expect(pdfjsAsset(root, '5.4.296', ['5.4.296', 'legacy', 'build', 'pdf.mjs'])).toBeNull();
  });
});
