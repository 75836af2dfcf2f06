import { z } from '../validation';
import { normalizeMobile } from '../people/phone';

export const envelopeStatuses = ['draft', 'sent', 'partially_signed', 'sealing', 'completed', 'declined', 'expired', 'cancelled'] as const;

export const envelopeStatusLabels: Record<(typeof envelopeStatuses)[number], string> = {
  draft: 'Rascunho',
  sent: 'Aguardando assinaturas',
  partially_signed: 'Parcialmente assinado',
  sealing: 'Assinado, em selagem',
  completed: 'Concluído',
  declined: 'Recusado',
  expired: 'Expirado',
  cancelled: 'Cancelado',
};

/** Everyone signed: 'sealing' is completed for every business rule, the sealed PDFs are on their way. */
export const signedEnvelopeStatuses = ['sealing', 'completed'] as const;
export const isEnvelopeSigned = (status: string) => (signedEnvelopeStatuses as readonly string[]).includes(status);

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

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** "Corrigir contato e reenviar": the new e-mail and/or mobile; blank clears it. */
export const updateRecipientContactInput = z.object({
  envelopeId: z.uuid('Documento inválido.'),
  recipientId: z.uuid('Destinatário inválido.'),
  email: z.preprocess(
    (v) => blankToNull(typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.email('Informe um e-mail válido.').max(200, 'Use no máximo 200 caracteres.').nullable().optional(),
  ),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .max(40)
      .transform((v, ctx) => {
        const e164 = normalizeMobile(v);
        if (!e164) {
          ctx.addIssue({ code: 'custom', message: 'Informe um celular válido com DDD, como (11) 98765-4321.' });
          return z.NEVER;
        }
        return e164;
      })
      .nullable()
      .optional(),
  ),
});
export type UpdateRecipientContactInput = z.output<typeof updateRecipientContactInput>;
