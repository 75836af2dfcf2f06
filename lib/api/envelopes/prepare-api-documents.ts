import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { now } from '../../clock';
import { getDb } from '../../db/client';
import { contractTemplates, templateTerms } from '../../db/schema';
import { renderContractPdf, renderTermPdf } from '../../documents/render-pdf';
import { isVariableKey, templateVariables, type VariableValues } from '../../documents/variables';
import type { DocumentSpec } from '../../envelopes/render-contract-documents';
import { getBlobStore } from '../../storage/get-blob-store';
import { inspectPdf, storeUploadedPdf, type InspectedPdf } from '../uploaded-pdf';
import type { TemplateDocumentInput } from './schemas';

/** A document of POST /api/v1/envelopes: a PDF (from base64 or a multipart part) or a template to fill. */
export type ApiDocumentSource = ({ kind: 'file'; name: string; bytes: Uint8Array | null } | ({ kind: 'template' } & TemplateDocumentInput)) & { field: string };

export const MAX_API_DOCUMENTS_BYTES = 100 * 1024 * 1024;

type Template = typeof contractTemplates.$inferSelect;
type Checked = { source: ApiDocumentSource; pdf?: InspectedPdf; template?: Template; terms?: Template[]; values?: VariableValues };

function valuesOf(variables: TemplateDocumentInput['variables'], field: string, add: (k: string, m: string) => void): VariableValues {
  const values = Object.fromEntries(templateVariables.map((v) => [v.key, ''])) as VariableValues;
  const unknown = Object.keys(variables).filter((k) => !isVariableKey(k));
  if (unknown.length) add(`${field}.variables`, `Variáveis desconhecidas: ${unknown.join(', ')}. Use os nomes do editor de modelos, como cliente.nome.`);
  for (const [k, v] of Object.entries(variables)) if (isVariableKey(k)) values[k] = String(v).trim();
  return values;
}

/**
 * Checks every document (PDFs open; templates exist in the account, are active, and only known
 * variables are given) and reports field errors; nothing is stored until all are good.
 */
export async function checkApiDocuments(accountId: string, sources: ApiDocumentSource[], add: (k: string, m: string) => void): Promise<Checked[]> {
  const ids = sources.flatMap((s) => (s.kind === 'template' ? [s.templateId] : []));
  const db = await getDb();
  const templates = ids.length ? await db.select().from(contractTemplates).where(and(eq(contractTemplates.accountId, accountId), inArray(contractTemplates.id, ids))) : [];
  const termRows = templates.some((t) => t.kind === 'contract')
    ? await db
        .select({ templateId: templateTerms.templateId, term: contractTemplates })
        .from(templateTerms)
        .innerJoin(contractTemplates, eq(contractTemplates.id, templateTerms.termId))
        .where(and(inArray(templateTerms.templateId, templates.map((t) => t.id)), eq(contractTemplates.accountId, accountId)))
        .orderBy(asc(templateTerms.position))
    : [];
  const checked: Checked[] = [];
  let total = 0;
  for (const source of sources) {
    if (source.kind === 'file') {
      const pdf = source.bytes ? await inspectPdf(source.bytes) : null;
      if (!pdf) add(source.field, source.field.endsWith('contentBase64') ? 'Envie um PDF válido em base64.' : 'Envie um PDF válido.');
      else total += pdf.bytes.length;
      checked.push({ source, pdf: pdf ?? undefined });
      continue;
    }
    const template = templates.find((t) => t.id === source.templateId);
    if (!template) add(`${source.field}.templateId`, 'Modelo não encontrado nesta conta.');
    else if (!template.active) add(`${source.field}.templateId`, `O modelo "${template.name}" está inativo.`);
    const values = valuesOf(source.variables, source.field, add);
    checked.push({ source, template, values, terms: termRows.filter((r) => r.templateId === source.templateId).map((r) => r.term) });
  }
  if (total > MAX_API_DOCUMENTS_BYTES) add('documents', 'Os documentos somam mais de 100 MB.');
  return checked;
}

async function renderTemplate(template: Template, values: VariableValues, title: string) {
  if (template.format === 'pdf') {
    return { sha256: template.pdfSha256!, sizeBytes: (await getBlobStore().get(template.pdfSha256!)).length, pageCount: template.pdfPageCount ?? 1 };
  }
  const common = { title, values, createdAt: now() };
  const bytes = template.kind === 'contract' ? await renderContractPdf({ ...common, body: template.source! }) : await renderTermPdf({ ...common, source: template.source! });
  const pdf = (await inspectPdf(bytes))!;
  const { sha256, size } = await getBlobStore().put(bytes);
  return { sha256, sizeBytes: size, pageCount: pdf.pageCount };
}

/** Stores the checked documents in order; a contract template brings its terms right after it. */
export async function storeApiDocuments(checked: Checked[]): Promise<DocumentSpec[]> {
  const out: DocumentSpec[] = [];
  for (const c of checked) {
    if (c.source.kind === 'file') {
      out.push(await storeUploadedPdf(c.source.name, c.pdf!));
      continue;
    }
    const t = c.template!;
    const name = c.source.name ?? t.name;
    out.push({ name, kind: t.kind === 'contract' ? 'contract' : 'term', documentTypeId: t.documentTypeId, contractTermId: null, ...(await renderTemplate(t, c.values!, name)) });
    for (const term of c.terms ?? []) {
      out.push({ name: term.name, kind: 'term', documentTypeId: term.documentTypeId, contractTermId: null, ...(await renderTemplate(term, c.values!, term.name)) });
    }
  }
  return out;
}
