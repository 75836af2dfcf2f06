'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { retryJob } from '@/lib/jobs/retry-job';
import { retryJobInput } from '@/lib/jobs/schemas';

export const retryJobAction = operatorAction({ role: 'admin', input: retryJobInput }, async (input, ctx) => {
  const result = await retryJob(ctx, input);
  revalidatePath('/console/jobs');
  return result;
});
