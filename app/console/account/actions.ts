'use server';

import { operatorAction } from '@/lib/action';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { changePasswordInput } from '@/lib/users/schemas';

export const changePasswordAction = operatorAction({ role: 'viewer', input: changePasswordInput }, async (input, ctx) => {
  await changeOwnPassword(ctx, input);
});
