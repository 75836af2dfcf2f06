import { z } from '../validation';

export const envelopeStatuses = ['draft', 'sent', 'partially_signed', 'completed', 'declined', 'expired', 'cancelled'] as const;

export const envelopeStatusLabels: Record<(typeof envelopeStatuses)[number], string> = {
  draft: 'Rascunho',
  sent: 'Aguardando assinaturas',
  partially_signed: 'Parcialmente assinado',
  completed: 'Concluído',
  declined: 'Recusado',
  expired: 'Expirado',
  cancelled: 'Cancelado',
};

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const envelopeListFilters = z.object({
  status: z.preprocess(blankToUndefined, z.enum(envelopeStatuses).optional()).catch(undefined),
  branchId: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, z.iso.date().optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, z.iso.date().optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type EnvelopeListFilters = z.output<typeof envelopeListFilters>;
