import { templateSourceSchema } from '../documents/validate-template';
import { z } from '../validation';

/*
 * Shared by the forms (react-hook-form resolver) and the server actions, which parse again. Every
 * schema is idempotent: the forms send already-parsed values to the action.
 */

export const templateKinds = ['contract', 'term'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const templateFormats = ['markdown', 'pdf'] as const;
export type TemplateFormat = (typeof templateFormats)[number];

/** An uploaded PDF template; the server action's body limit (next.config.ts) is set just above it. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** More terms than this on one contract is a mistake, not a contract. */
export const MAX_TERMS_PER_TEMPLATE = 20;
export const MAX_TEMPLATE_NAME = 120;

export const NAME_SLASH_MESSAGE = 'O nome não pode conter “/”: ele também é o nome do arquivo PDF.';

const blank = (v: unknown) => (typeof v === 'string' ? v.trim() : v) || null;

export const templateNameSchema = z
  .string({ message: 'Informe o nome.' })
  .trim()
  .min(1, 'Informe o nome.')
  .max(MAX_TEMPLATE_NAME, `Use no máximo ${MAX_TEMPLATE_NAME} caracteres.`)
  .refine((v) => !v.includes('/'), NAME_SLASH_MESSAGE);

const kind = z.enum(templateKinds, { message: 'Escolha entre modelo de contrato e termo.' });
const templateId = z.uuid('Modelo inválido.');
const documentTypeId = z.preprocess(blank, z.uuid('Escolha um tipo de documento da lista.').nullable());

export const createTemplateInput = z.object({
  kind,
  name: templateNameSchema,
  documentTypeId,
  source: templateSourceSchema,
});
export type CreateTemplateInput = z.output<typeof createTemplateInput>;

/** `source` only for text templates: an uploaded PDF is replaced, never edited. */
export const updateTemplateInput = z.object({
  templateId,
  name: templateNameSchema,
  documentTypeId,
  active: z.boolean({ message: 'Informe se o modelo está ativo.' }),
  source: templateSourceSchema.optional(),
});
export type UpdateTemplateInput = z.output<typeof updateTemplateInput>;

export const templateIdInput = z.object({ templateId });

export const setTemplateTermsInput = z.object({
  templateId,
  termIds: z
    .array(z.uuid('Termo inválido.'), { message: 'Escolha os termos da lista.' })
    .max(MAX_TERMS_PER_TEMPLATE, `Um modelo leva no máximo ${MAX_TERMS_PER_TEMPLATE} termos.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Cada termo só pode aparecer uma vez.'),
});
export type SetTemplateTermsInput = z.output<typeof setTemplateTermsInput>;

/** Size here; what the bytes are (a readable PDF) is checked on the server, whatever the name or type says. */
export const pdfFileSchema = z
  .file({ message: 'Escolha um arquivo PDF.' })
  .min(1, 'Escolha um arquivo PDF.')
  .max(MAX_PDF_BYTES, 'O arquivo tem mais de 10 MB. Envie um PDF de até 10 MB.');

export const uploadPdfTemplateInput = z.object({
  kind,
  name: templateNameSchema,
  documentTypeId,
  file: pdfFileSchema,
});
export type UploadPdfTemplateInput = z.output<typeof uploadPdfTemplateInput>;

export const replaceTemplatePdfInput = z.object({ templateId, file: pdfFileSchema });
export type ReplaceTemplatePdfInput = z.output<typeof replaceTemplatePdfInput>;

/** ?kind=contract|term on the list and the "new" page; anything else means "not chosen". */
export const kindParam = z.enum(templateKinds).optional().catch(undefined);
