import { z } from '../validation';
import { normalizeMobile } from './phone';
import { cpfIsValid, normalizeTaxId } from './tax-id';

/** Colaborador: the company representative or witness; every field is needed to sign for the company. */
const employeeFields = z.object({
  name: z
    .string({ message: 'Informe o nome completo.' })
    .trim()
    .min(2, 'Informe o nome completo.')
    .max(120, 'Use no máximo 120 caracteres.'),
  cpf: z
    .string({ message: 'Informe o CPF.' })
    .trim()
    .min(1, { message: 'Informe o CPF.', abort: true })
    .refine(cpfIsValid, 'CPF inválido: confira os 11 dígitos.')
    .transform(normalizeTaxId),
  email: z
    .string({ message: 'Informe o e-mail.' })
    .trim()
    .toLowerCase()
    .min(1, { message: 'Informe o e-mail.', abort: true })
    .pipe(z.email('Informe um e-mail válido, como nome@empresa.com.br.').max(200, 'Use no máximo 200 caracteres.')),
  phone: z
    .string({ message: 'Informe o celular.' })
    .trim()
    .min(1, { message: 'Informe o celular com DDD.', abort: true })
    .refine((v) => normalizeMobile(v) !== null, 'Informe um celular válido com DDD, como (11) 98765-4321.')
    .transform((v) => normalizeMobile(v) as string),
});

export const createEmployeeInput = employeeFields;
export type CreateEmployeeInput = z.output<typeof createEmployeeInput>;

export const updateEmployeeInput = employeeFields.extend({ employeeId: z.uuid('Colaborador inválido.') });
export type UpdateEmployeeInput = z.output<typeof updateEmployeeInput>;

export const employeeIdInput = z.object({ employeeId: z.uuid('Colaborador inválido.') });
