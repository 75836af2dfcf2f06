'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createTemplate } from '@/lib/notification-templates/create-template';
import { deleteTemplate } from '@/lib/notification-templates/delete-template';
import { createTemplateInput, templateIdInput, updateTemplateInput } from '@/lib/notification-templates/schemas';
import { updateTemplate } from '@/lib/notification-templates/update-template';

export const createTemplateAction = operatorAction({ role: 'admin', input: createTemplateInput }, async (input, ctx) => {
  const result = await createTemplate(ctx, input);
  revalidatePath('/console/integrations', 'layout');
  return result;
});

export const updateTemplateAction = operatorAction({ role: 'admin', input: updateTemplateInput }, async (input, ctx) => {
  await updateTemplate(ctx, input);
  revalidatePath('/console/integrations', 'layout');
});

export const deleteTemplateAction = operatorAction({ role: 'admin', input: templateIdInput }, async (input, ctx) => {
  await deleteTemplate(ctx, input);
  revalidatePath('/console/integrations', 'layout');
});
