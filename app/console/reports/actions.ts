'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { updatePlanInput } from '@/lib/billing/schemas';
import { updatePlan } from '@/lib/billing/update-plan';

export const updatePlanAction = operatorAction({ role: 'admin', input: updatePlanInput }, async (input, ctx) => {
  const result = await updatePlan(ctx, input);
  revalidatePath('/console/reports');
  return result;
});
