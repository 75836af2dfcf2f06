import { AppError, isUniqueViolation } from '../errors';

/** The one unique rule of employees: one CPF per account. */
export function employeeCpfConflict(err: unknown) {
  if (isUniqueViolation(err, 'employees_account_cpf_key')) {
    return new AppError('CONFLICT', {
      userMessage: 'Já existe um colaborador com este CPF.',
      fields: { cpf: ['Já existe um colaborador com este CPF.'] },
    });
  }
  return err;
}
