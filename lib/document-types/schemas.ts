import { z } from '../validation';

/** A checkbox as forms send it: true / "true" / "on" are checked, anything else is not. */
export const flag = z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean());

export const documentTypeName = z
  .string({ message: 'Informe o nome do tipo de documento.' })
  .trim()
  .min(2, 'Informe o nome do tipo de documento.')
  .max(120, 'Use no máximo 120 caracteres.');

/** Tipo de documento (TOTVS): "Requer assinatura eletrônica" makes stages that require it wait for a signature. */
export const documentTypeInput = z.object({
  name: documentTypeName,
  requiresSignature: flag,
});
export type DocumentTypeInput = z.output<typeof documentTypeInput>;

export const updateDocumentTypeInput = documentTypeInput.extend({ documentTypeId: z.uuid('Tipo de documento inválido.') });
export type UpdateDocumentTypeInput = z.output<typeof updateDocumentTypeInput>;

export const documentTypeIdInput = z.object({ documentTypeId: z.uuid('Tipo de documento inválido.') });
