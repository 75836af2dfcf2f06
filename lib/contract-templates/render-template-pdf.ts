import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { now } from '../clock';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { renderTemplatePreview } from '../documents/render-template-preview';
import { getBlobStore } from '../storage/get-blob-store';
import { getTemplate } from './get-template';

type Part = { name: string; format: 'markdown' | 'pdf'; source: string | null; pdfSha256: string | null };

/** Runs of text sections render together (one page numbering); each uploaded PDF is its own part. */
async function renderParts(parts: Part[], at: Date): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  let run: Part[] = [];
  const flush = async () => {
    if (run.length === 0) return;
    const [first, ...rest] = run;
    out.push(
      await renderTemplatePreview({
        title: first.name,
        source: first.source ?? '',
        terms: rest.map((p) => ({ title: p.name, source: p.source ?? '' })),
        now: at,
      }),
    );
    run = [];
  };
  for (const part of parts) {
    if (part.format === 'markdown') {
      run.push(part);
      continue;
    }
    await flush();
    out.push(await getBlobStore().get(part.pdfSha256!));
  }
  await flush();
  return out;
}

async function merge(title: string, pdfs: Uint8Array[], at: Date): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  for (const bytes of pdfs) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  }
  merged.setTitle(title);
  merged.setCreator('Rubrica');
  merged.setProducer('Rubrica');
  merged.setCreationDate(at);
  merged.setModificationDate(at);
  return merged.save();
}

/**
 * The "Pré-visualizar PDF" document: a text template filled with the sample customer, followed by
 * the terms it carries; an uploaded PDF as stored. Mixed text and PDF parts are joined in order.
 */
export async function renderTemplatePdf(actor: Pick<Actor, 'accountId'>, templateId: string) {
  const template = await getTemplate(actor, templateId);
  const at = now();
  const terms: Part[] = [];
  if (template.terms.length > 0) {
    const db = await getDb();
    const rows = await db
      .select({
        id: contractTemplates.id,
        name: contractTemplates.name,
        format: contractTemplates.format,
        source: contractTemplates.source,
        pdfSha256: contractTemplates.pdfSha256,
      })
      .from(contractTemplates)
      .where(and(eq(contractTemplates.accountId, actor.accountId), inArray(contractTemplates.id, template.terms.map((t) => t.id))));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const t of template.terms) {
      const row = byId.get(t.id);
      if (row) terms.push(row);
    }
  }
  const pdfs = await renderParts([template, ...terms], at);
  const bytes = pdfs.length === 1 ? pdfs[0] : await merge(template.name, pdfs, at);
  return { fileName: `${template.name}.pdf`, bytes };
}
