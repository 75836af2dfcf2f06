'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteBranchAction } from '../actions';

export function DeleteBranchButton({ branchId, what }: { branchId: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteBranchAction({ branchId })} redirectTo="/console/branches" />;
}
