import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { getBlobStore } from '../storage/get-blob-store';
import { readPdf } from './read-pdf';
import type { ReplaceTemplatePdfInput } from './schemas';
import { kindEntity, kindNoun, lockTemplate } from './template-rules';

/** A new version of an uploaded PDF template. Contracts already sent keep the PDF they were sent with. */
export async function replaceTemplatePdf(actor: Actor, input: ReplaceTemplatePdfInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const pdf = await readPdf(input.file);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const saved = await lockTemplate(tx, actor, input.templateId);
    if (saved.format !== 'pdf') {
      throw new AppError('INVALID_STATE', { userMessage: 'Este modelo é escrito no editor; ele não recebe um PDF.' });
    }
    const { sha256 } = await getBlobStore().put(pdf.bytes);
    await tx
      .update(contractTemplates)
      .set({ pdfSha256: sha256, pdfPageCount: pdf.pageCount })
      .where(and(eq(contractTemplates.id, saved.id), eq(contractTemplates.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: `${kindEntity[saved.kind]}.pdf_replaced`,
      entityType: kindEntity[saved.kind],
      entityId: saved.id,
      summary: `Substituiu o PDF do ${kindNoun[saved.kind]} ${saved.name} (${pdf.pageCount === 1 ? '1 página' : `${pdf.pageCount} páginas`})`,
      details: { from: saved.pdfSha256, to: sha256, pdfPageCount: pdf.pageCount, fileName: input.file.name },
    });
    return { pageCount: pdf.pageCount };
  });
}
