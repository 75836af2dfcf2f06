import { flag } from '../document-types/schemas';
import { z } from '../validation';

/** Assunto de O.S.: "Integração assinatura digital" = an O.S. with it creates a signing envelope. */
export const subjectInput = z.object({
  name: z
    .string({ message: 'Informe o nome do assunto.' })
    .trim()
    .min(2, 'Informe o nome do assunto.')
    .max(120, 'Use no máximo 120 caracteres.'),
  requiresSignature: flag,
});
export type SubjectInput = z.output<typeof subjectInput>;

export const updateSubjectInput = subjectInput.extend({ subjectId: z.uuid('Assunto inválido.') });
export type UpdateSubjectInput = z.output<typeof updateSubjectInput>;

export const subjectIdInput = z.object({ subjectId: z.uuid('Assunto inválido.') });

/** Abrir O.S. num contrato. */
export const serviceOrderInput = z.object({
  contractId: z.uuid('Contrato inválido.'),
  subjectId: z.uuid('Escolha o assunto da O.S.'),
  description: z
    .string()
    .trim()
    .max(2000, 'Use no máximo 2000 caracteres.')
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ServiceOrderInput = z.output<typeof serviceOrderInput>;

export const serviceOrderIdInput = z.object({ serviceOrderId: z.uuid('O.S. inválida.'), contractId: z.uuid('Contrato inválido.') });
export type ServiceOrderIdInput = z.output<typeof serviceOrderIdInput>;
