'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { resendExpiredEnvelope } from '@/lib/envelopes/resend-expired-envelope';
import { updateRecipientContactInput } from '@/lib/envelopes/schemas';
import { updateRecipientContact } from '@/lib/envelopes/update-recipient-contact';
import { resendMessage } from '@/lib/notify/resend-message';
import { messageIdInput } from '@/lib/notify/schemas';
import { z } from '@/lib/validation';

const detail = (envelopeId: string) => `/console/envelopes/${envelopeId}`;

export const resendEnvelopeMessageAction = operatorAction(
  { role: 'operator', input: messageIdInput.extend({ envelopeId: z.uuid() }) },
  async (input, ctx) => {
    const result = await resendMessage(ctx, { messageId: input.messageId });
    revalidatePath(detail(input.envelopeId));
    return result;
  },
);

export const updateRecipientContactAction = operatorAction({ role: 'operator', input: updateRecipientContactInput }, async (input, ctx) => {
  const result = await updateRecipientContact(ctx, input);
  revalidatePath(detail(input.envelopeId));
  return result;
});

export const resendExpiredEnvelopeAction = operatorAction({ role: 'operator', input: z.object({ envelopeId: z.uuid() }) }, async (input, ctx) => {
  const result = await resendExpiredEnvelope(ctx, input);
  revalidatePath(detail(input.envelopeId));
  revalidatePath('/console/envelopes');
  return result;
});
