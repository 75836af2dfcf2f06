import { z } from '../validation';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const optionalDate = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.iso.date({ message: 'Use uma data no formato aaaa-mm-dd.' }).optional());

export const activityFilters = z.object({
  actorId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.uuid('Usuário inválido.').optional()),
  entityType: optionalText,
  q: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).default(1),
});
export type ActivityFilters = z.output<typeof activityFilters>;
