'use server';

import { revalidatePath } from 'next/cache';
import { updateAccountSettings } from '@/lib/accounts/account-settings';
import { accountSettingsInput } from '@/lib/accounts/schemas';
import { operatorAction } from '@/lib/action';

export const updateAccountSettingsAction = operatorAction(
  { role: 'admin', input: accountSettingsInput },
  async (input, ctx) => {
    await updateAccountSettings(ctx, input);
    revalidatePath('/console/settings');
  },
);
