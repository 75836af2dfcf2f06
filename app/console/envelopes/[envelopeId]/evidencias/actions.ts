'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { resealEnvelope } from '@/lib/evidence/reseal-envelope';
import { envelopeIdInput } from '@/lib/evidence/schemas';

/** "Reprocessar selagem": admins only. */
export const resealEnvelopeAction = operatorAction({ role: 'admin', input: envelopeIdInput }, async (input, ctx) => {
  const result = await resealEnvelope(ctx, input.envelopeId);
  revalidatePath(`/console/envelopes/${input.envelopeId}/evidencias`);
  return result;
});
