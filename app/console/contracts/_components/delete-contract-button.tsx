'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteContractAction } from '../actions';

export function DeleteContractButton({ contractId, what }: { contractId: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteContractAction({ contractId })} redirectTo="/console/contracts" />;
}
