'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createFolder, createSignerRole, deleteFolder, deleteSignerRole } from '@/lib/folders/folders';
import { deleteByIdInput, folderNameInput, signerRoleNameInput } from '@/lib/folders/schemas';

const refresh = () => {
  revalidatePath('/console/folders');
  revalidatePath('/console/api-keys');
};

export const createFolderAction = operatorAction({ role: 'admin', input: folderNameInput }, async (input, ctx) => {
  await createFolder(ctx, input);
  refresh();
});
export const deleteFolderAction = operatorAction({ role: 'admin', input: deleteByIdInput }, async (input, ctx) => {
  await deleteFolder(ctx, input);
  refresh();
});
export const createSignerRoleAction = operatorAction({ role: 'admin', input: signerRoleNameInput }, async (input, ctx) => {
  await createSignerRole(ctx, input);
  refresh();
});
export const deleteSignerRoleAction = operatorAction({ role: 'admin', input: deleteByIdInput }, async (input, ctx) => {
  await deleteSignerRole(ctx, input);
  refresh();
});
