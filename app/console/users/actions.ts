'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { changeUserRole } from '@/lib/users/change-user-role';
import { inviteUser } from '@/lib/users/invite-user';
import { changeUserRoleInput, inviteUserInput, setUserActiveInput } from '@/lib/users/schemas';
import { setUserActive } from '@/lib/users/set-user-active';

export const inviteUserAction = operatorAction({ role: 'admin', input: inviteUserInput }, async (input, ctx) => {
  const result = await inviteUser(ctx, input);
  revalidatePath('/console/users');
  return result;
});

export const changeUserRoleAction = operatorAction({ role: 'admin', input: changeUserRoleInput }, async (input, ctx) => {
  await changeUserRole(ctx, input);
  revalidatePath('/console/users');
});

export const setUserActiveAction = operatorAction({ role: 'admin', input: setUserActiveInput }, async (input, ctx) => {
  await setUserActive(ctx, input);
  revalidatePath('/console/users');
});
