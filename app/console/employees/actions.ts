'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createEmployee } from '@/lib/people/create-employee';
import { deleteEmployee } from '@/lib/people/delete-employee';
import { createEmployeeInput, employeeIdInput, updateEmployeeInput } from '@/lib/people/employee-schemas';
import { updateEmployee } from '@/lib/people/update-employee';

export const createEmployeeAction = operatorAction({ role: 'operator', input: createEmployeeInput }, async (input, ctx) => {
  const result = await createEmployee(ctx, input);
  revalidatePath('/console/employees');
  return result;
});

export const updateEmployeeAction = operatorAction({ role: 'operator', input: updateEmployeeInput }, async (input, ctx) => {
  await updateEmployee(ctx, input);
  revalidatePath('/console/employees');
});

export const deleteEmployeeAction = operatorAction({ role: 'operator', input: employeeIdInput }, async (input, ctx) => {
  await deleteEmployee(ctx, input);
  revalidatePath('/console/employees');
});
