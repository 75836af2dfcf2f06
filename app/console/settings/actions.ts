'use server';

import { revalidatePath } from 'next/cache';
import { updateAccountSettings } from '@/lib/accounts/account-settings';
import { accountSettingsInput } from '@/lib/accounts/schemas';
import { operatorAction } from '@/lib/action';
import { identityRetentionInput } from '@/lib/identity/schemas';
import { updateIdentityRetention } from '@/lib/identity/update-identity-retention';
import { generalParametersInput } from '@/lib/settings/schemas';
import { updateGeneralParameters } from '@/lib/settings/update-general-parameters';

export const updateAccountSettingsAction = operatorAction(
  { role: 'admin', input: accountSettingsInput },
  async (input, ctx) => {
    await updateAccountSettings(ctx, input);
    revalidatePath('/console/settings');
  },
);

export const updateGeneralParametersAction = operatorAction(
  { role: 'admin', input: generalParametersInput },
  async (input, ctx) => {
    await updateGeneralParameters(ctx, input);
    revalidatePath('/console/settings');
  },
);

export const updateIdentityRetentionAction = operatorAction(
  { role: 'admin', input: identityRetentionInput },
  async (input, ctx) => {
    await updateIdentityRetention(ctx, input);
    revalidatePath('/console/settings');
  },
);
