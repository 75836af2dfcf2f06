import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { forbidden } from '../errors';
import { getBlobStore } from '../storage/get-blob-store';
import { readPdf } from './read-pdf';
import type { UploadPdfTemplateInput } from './schemas';
import { assertOwnDocumentType, assertTemplateName, kindEntity, kindNoun, templateNameConflict } from './template-rules';

const pages = (n: number) => (n === 1 ? '1 página' : `${n} páginas`);

/**
 * A contract template or term that is an uploaded PDF: fixed text, no variables. The bytes go to
 * the blob store (by content) before the row; a row that then fails leaves at most an unused blob.
 */
export async function uploadPdfTemplate(actor: Actor, input: UploadPdfTemplateInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  assertTemplateName(input.name);
  const pdf = await readPdf(input.file);
  const { sha256 } = await getBlobStore().put(pdf.bytes);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await assertOwnDocumentType(tx, actor.accountId, input.documentTypeId);
      const [row] = await tx
        .insert(contractTemplates)
        .values({
          accountId: actor.accountId,
          kind: input.kind,
          name: input.name,
          format: 'pdf',
          pdfSha256: sha256,
          pdfPageCount: pdf.pageCount,
          documentTypeId: input.documentTypeId,
        })
        .returning({ id: contractTemplates.id });
      await recordActivity(tx, actor, {
        action: `${kindEntity[input.kind]}.created`,
        entityType: kindEntity[input.kind],
        entityId: row.id,
        summary: `Criou o ${kindNoun[input.kind]} ${input.name} a partir de um PDF (${pages(pdf.pageCount)})`,
        details: { format: 'pdf', pdfSha256: sha256, pdfPageCount: pdf.pageCount, fileName: input.file.name, size: pdf.bytes.byteLength },
      });
      return { templateId: row.id, pageCount: pdf.pageCount };
    });
  } catch (err) {
    throw templateNameConflict(err, input.kind);
  }
}
