import { z } from '../validation';

const blankToNull = (v: unknown) => (typeof v === 'string' ? v.trim() : v) || null;

/** A group of checkboxes as forms send it: nothing / false, one value, or several. */
const idList = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []),
  z.array(z.uuid('Escolha os tipos de documento da lista.')).max(50, 'Escolha no máximo 50 tipos de documento.'),
);

/** Situação do contrato: entering it requires the listed document types signed; "next" is where signing moves it. */
export const stageInput = z.object({
  name: z
    .string({ message: 'Informe o nome da situação.' })
    .trim()
    .min(2, 'Informe o nome da situação.')
    .max(120, 'Use no máximo 120 caracteres.'),
  position: z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? Number(b) : (b ?? 0);
    },
    z
      .number({ message: 'Informe a posição com um número inteiro.' })
      .int('Informe a posição com um número inteiro.')
      .min(0, 'A posição vai de 0 a 9999.')
      .max(9999, 'A posição vai de 0 a 9999.'),
  ),
  documentTypeIds: idList.transform((ids) => [...new Set(ids)]),
  nextStageId: z.preprocess(blankToNull, z.uuid('Escolha a próxima situação da lista.').nullable()),
});
export type StageInput = z.output<typeof stageInput>;

export const updateStageInput = stageInput.extend({ stageId: z.uuid('Situação inválida.') });
export type UpdateStageInput = z.output<typeof updateStageInput>;

export const stageIdInput = z.object({ stageId: z.uuid('Situação inválida.') });
