'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { decideIdentityReview } from '@/lib/identity/decide-identity-review';
import { decideIdentityReviewInput } from '@/lib/identity/schemas';

export const decideIdentityReviewAction = operatorAction({ role: 'operator', input: decideIdentityReviewInput }, async (input, ctx) => {
  const result = await decideIdentityReview(ctx, input);
  revalidatePath('/console/identity-reviews');
  return result;
});
