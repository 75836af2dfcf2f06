import { cnpjIsValid, normalizeTaxId } from '../people/tax-id';
import { z } from '../validation';

export const UFS = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN',
  'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const;

const blank = (v: unknown) => (typeof v === 'string' ? v.trim() : v) || null;
const optionalText = (max: number) => z.preprocess(blank, z.string().max(max, `Use no máximo ${max} caracteres.`).nullable());

const branchFields = z.object({
  name: z
    .string({ message: 'Informe o nome da filial.' })
    .trim()
    .min(2, 'Informe o nome da filial.')
    .max(120, 'Use no máximo 120 caracteres.'),
  cnpj: z.preprocess(
    blank,
    z
      .string()
      .refine(cnpjIsValid, 'CNPJ inválido: confira os 14 caracteres e os dígitos verificadores.')
      .transform(normalizeTaxId)
      .nullable(),
  ),
  addressStreet: optionalText(200),
  addressNumber: optionalText(20),
  addressComplement: optionalText(100),
  addressDistrict: optionalText(100),
  addressCity: optionalText(100),
  addressState: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v) || null,
    z.enum(UFS, { message: 'Escolha a UF da lista.' }).nullable(),
  ),
  addressPostalCode: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\D/g, '') : v) || null,
    z.string().regex(/^\d{8}$/, 'Informe o CEP com 8 dígitos, como 01310-100.').nullable(),
  ),
  integrationId: z.preprocess(blank, z.uuid('Escolha uma integração da lista.').nullable()),
});

export const createBranchInput = branchFields;
export type CreateBranchInput = z.output<typeof createBranchInput>;

export const updateBranchInput = branchFields.extend({ branchId: z.uuid('Filial inválida.') });
export type UpdateBranchInput = z.output<typeof updateBranchInput>;

export const branchIdInput = z.object({ branchId: z.uuid('Filial inválida.') });
