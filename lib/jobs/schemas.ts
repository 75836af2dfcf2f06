import { z } from 'zod';

export const retryJobInput = z.object({
  jobId: z.uuid({ message: 'Tarefa inválida.' }),
});
export type RetryJobInput = z.infer<typeof retryJobInput>;

export const listFailedJobsInput = z.object({
  page: z.coerce.number().int().min(1, 'A página deve ser 1 ou mais.').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Mostre pelo menos 1 tarefa por página.')
    .max(100, 'Mostre no máximo 100 tarefas por página.')
    .default(20),
});
export type ListFailedJobsInput = z.input<typeof listFailedJobsInput>;
