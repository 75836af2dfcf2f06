'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { createApiKeyInput, revokeApiKeyInput } from '@/lib/api-keys/schemas';

export const createApiKeyAction = operatorAction({ role: 'admin', input: createApiKeyInput }, async (input, ctx) => {
  const created = await createApiKey(ctx, input);
  revalidatePath('/console/api-keys');
  return { key: created.key, prefix: created.prefix };
});

export const revokeApiKeyAction = operatorAction({ role: 'admin', input: revokeApiKeyInput }, async (input, ctx) => {
  await revokeApiKey(ctx, input);
  revalidatePath('/console/api-keys');
});
