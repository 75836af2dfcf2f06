import { buildSampleContext } from '../../lib/documents/build-sample-context';
import { renderContractPdf } from '../../lib/documents/render-pdf';
import { buildVariableValues } from '../../lib/documents/build-variable-values';
import { buildContractTemplate } from './contract-template';
import type { Benchmark } from './types';

const body = buildContractTemplate();
const values = buildVariableValues(buildSampleContext(new Date('2026-11-23T15:00:00Z')));
const render = () => renderContractPdf({ title: 'Contrato nº 2026/000123', body, values });

/** Page objects in a pdfkit-written PDF (its page dictionaries are never compressed). */
function countPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

export const renderContractBenchmark: Benchmark = {
  name: 'contract template → PDF (fill + layout + write)',
  iterations: 30,
  warmup: 3,
  async setup() {
    const pdf = await render();
    return `${countPages(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${body.length} chars of Markdown`;
  },
  run: render,
};
