'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createBranch } from '@/lib/branches/create-branch';
import { deleteBranch } from '@/lib/branches/delete-branch';
import { branchIdInput, createBranchInput, updateBranchInput } from '@/lib/branches/schemas';
import { updateBranch } from '@/lib/branches/update-branch';

export const createBranchAction = operatorAction({ role: 'admin', input: createBranchInput }, async (input, ctx) => {
  const result = await createBranch(ctx, input);
  revalidatePath('/console/branches');
  revalidatePath('/console/integrations', 'layout');
  return result;
});

export const updateBranchAction = operatorAction({ role: 'admin', input: updateBranchInput }, async (input, ctx) => {
  await updateBranch(ctx, input);
  revalidatePath('/console/branches', 'layout');
  revalidatePath('/console/integrations', 'layout');
});

export const deleteBranchAction = operatorAction({ role: 'admin', input: branchIdInput }, async (input, ctx) => {
  await deleteBranch(ctx, input);
  revalidatePath('/console/branches');
  revalidatePath('/console/integrations', 'layout');
});
