'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteEmployeeAction } from '../actions';

export function DeleteEmployeeButton({ employeeId, what }: { employeeId: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteEmployeeAction({ employeeId })} redirectTo="/console/employees" />;
}
