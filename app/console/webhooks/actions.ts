'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { resendWebhookDelivery } from '@/lib/webhooks/deliveries';
import { createWebhookEndpoint, deleteWebhookEndpoint, setWebhookEndpointActive } from '@/lib/webhooks/endpoints';
import { idInput, setActiveInput, webhookEndpointInput } from '@/lib/webhooks/schemas';

export const createWebhookAction = operatorAction({ role: 'admin', input: webhookEndpointInput }, async (input, ctx) => {
  const created = await createWebhookEndpoint(ctx, input);
  revalidatePath('/console/webhooks');
  return { secret: created.secret };
});

export const setWebhookActiveAction = operatorAction({ role: 'admin', input: setActiveInput }, async (input, ctx) => {
  await setWebhookEndpointActive(ctx, input);
  revalidatePath('/console/webhooks');
});

export const deleteWebhookAction = operatorAction({ role: 'admin', input: idInput }, async (input, ctx) => {
  await deleteWebhookEndpoint(ctx, input);
  revalidatePath('/console/webhooks');
});

export const resendDeliveryAction = operatorAction({ role: 'admin', input: idInput }, async (input, ctx) => {
  await resendWebhookDelivery(ctx, input);
  revalidatePath('/console/webhooks');
});
