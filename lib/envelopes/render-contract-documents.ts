import { PDFDocument } from 'pdf-lib';
import { now } from '../clock';
import { buildVariableValues } from '../documents/build-variable-values';
import { renderContractPdf, renderTermPdf } from '../documents/render-pdf';
import { getBlobStore } from '../storage/get-blob-store';
import type { ContractContext } from './load-contract-context';

export type DocumentSpec = {
  name: string;
  kind: 'contract' | 'term' | 'upload';
  documentTypeId: string | null;
  contractTermId: string | null;
  sha256: string;
  sizeBytes: number;
  pageCount: number;
};

type TemplateRow = ContractContext['template'];

async function store(bytes: Uint8Array) {
  const pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  const { sha256, size } = await getBlobStore().put(bytes);
  return { sha256, sizeBytes: size, pageCount };
}

/** The PDF of one template (contract or term), filled for this contract, stored as a blob. */
async function renderTemplate(ctx: ContractContext, template: TemplateRow, values: ReturnType<typeof buildVariableValues>) {
  if (template.format === 'pdf') {
    // An uploaded PDF is sent as it is: fixed text, no variables.
    return { sha256: template.pdfSha256!, sizeBytes: (await getBlobStore().get(template.pdfSha256!)).length, pageCount: template.pdfPageCount ?? 1 };
  }
  const common = { values, createdAt: now(), author: ctx.branch.name };
  const bytes =
    template.kind === 'contract'
      ? await renderContractPdf({ title: template.name, body: template.source!, ...common })
      : await renderTermPdf({ title: template.name, source: template.source!, ...common });
  return store(bytes);
}

function valuesFor(ctx: ContractContext) {
  return buildVariableValues({
    customer: ctx.customer,
    contract: ctx.contract,
    branch: ctx.branch,
    representative: ctx.companySigner,
    now: now(),
  });
}

/** The contract PDF and one PDF per term its template carries, in order. */
export async function renderContractDocuments(ctx: ContractContext): Promise<DocumentSpec[]> {
  const values = valuesFor(ctx);
  const docs: DocumentSpec[] = [
    {
      name: `${ctx.template.name} nº ${ctx.contract.number}`,
      kind: 'contract',
      documentTypeId: ctx.template.documentTypeId,
      contractTermId: null,
      ...(await renderTemplate(ctx, ctx.template, values)),
    },
  ];
  for (const term of ctx.templateTerms) {
    docs.push({ name: term.name, kind: 'term', documentTypeId: term.documentTypeId, contractTermId: null, ...(await renderTemplate(ctx, term, values)) });
  }
  return docs;
}

/** Standalone terms of a contract ("Assinado = não"), each its own PDF. */
export async function renderStandaloneTermDocuments(ctx: ContractContext, contractTermIds: string[]): Promise<DocumentSpec[]> {
  const values = valuesFor(ctx);
  const docs: DocumentSpec[] = [];
  for (const { contractTerm, template } of ctx.attachedTerms.filter((t) => contractTermIds.includes(t.contractTerm.id))) {
    docs.push({
      name: template.name,
      kind: 'term',
      documentTypeId: template.documentTypeId,
      contractTermId: contractTerm.id,
      ...(await renderTemplate(ctx, template, values)),
    });
  }
  return docs;
}
