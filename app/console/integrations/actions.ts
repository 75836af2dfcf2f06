'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createIntegration } from '@/lib/integrations/create-integration';
import { deleteIntegration } from '@/lib/integrations/delete-integration';
import { createIntegrationInput, integrationIdInput, updateIntegrationInput } from '@/lib/integrations/schemas';
import { testIntegrationConnection } from '@/lib/integrations/test-connection';
import { updateIntegration } from '@/lib/integrations/update-integration';

export const createIntegrationAction = operatorAction({ role: 'admin', input: createIntegrationInput }, async (input, ctx) => {
  const result = await createIntegration(ctx, input);
  revalidatePath('/console/integrations');
  return result;
});

export const updateIntegrationAction = operatorAction({ role: 'admin', input: updateIntegrationInput }, async (input, ctx) => {
  await updateIntegration(ctx, input);
  revalidatePath('/console/integrations', 'layout');
  revalidatePath('/console/branches', 'layout');
});

export const deleteIntegrationAction = operatorAction({ role: 'admin', input: integrationIdInput }, async (input, ctx) => {
  await deleteIntegration(ctx, input);
  revalidatePath('/console/integrations');
});

export const testIntegrationConnectionAction = operatorAction({ role: 'admin', input: integrationIdInput }, (input, ctx) =>
  testIntegrationConnection(ctx, input),
);
