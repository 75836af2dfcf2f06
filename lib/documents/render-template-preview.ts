import 'server-only';
import { buildSampleContext } from './build-sample-context';
import { buildVariableValues } from './build-variable-values';
import { renderContractPdf, type DocumentSection } from './render-pdf';

/**
 * The editor's "Visualizar" PDF: the template (and its terms) filled with the fictitious sample
 * customer, so an author sees every variable filled, accents and long names included, before saving.
 */
export function renderTemplatePreview(input: {
  title: string;
  source: string;
  terms?: readonly DocumentSection[];
  now: Date;
}): Promise<Uint8Array> {
  return renderContractPdf({
    title: input.title,
    body: input.source,
    terms: input.terms,
    values: buildVariableValues(buildSampleContext(input.now)),
    createdAt: input.now,
  });
}
