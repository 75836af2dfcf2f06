'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteCustomerAction } from '../actions';

export function DeleteCustomerButton({ customerId, what, label }: { customerId: string; what: string; label: string }) {
  return <DeleteButton what={what} label={label} redirectTo="/console/customers" action={() => deleteCustomerAction({ customerId })} />;
}
