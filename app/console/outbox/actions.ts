'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { resendMessage } from '@/lib/notify/resend-message';
import { messageIdInput } from '@/lib/notify/schemas';

export const resendMessageAction = operatorAction({ role: 'admin', input: messageIdInput }, async (input, ctx) => {
  const result = await resendMessage(ctx, input);
  revalidatePath('/console/outbox');
  return result;
});
