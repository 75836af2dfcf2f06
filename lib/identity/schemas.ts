import { z } from '../validation';

export const REVIEW_REASON_MIN = 5;
export const REVIEW_REASON_MAX = 500;

/** Approve or reject a proof in manual review; a rejection must say why (the signer is told). */
export const decideIdentityReviewInput = z
  .object({
    proofId: z.uuid('Análise inválida.'),
    decision: z.enum(['approve', 'reject'], { message: 'Escolha aprovar ou recusar.' }),
    reason: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(REVIEW_REASON_MAX, `Use no máximo ${REVIEW_REASON_MAX} caracteres.`).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && (v.reason ?? '').length < REVIEW_REASON_MIN) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `Conte o motivo da recusa em pelo menos ${REVIEW_REASON_MIN} caracteres: a pessoa vai lê-lo.` });
    }
  });
export type DecideIdentityReviewInput = z.output<typeof decideIdentityReviewInput>;

export const identityReviewFilter = z.object({ situacao: z.enum(['pendentes', 'analisadas']).catch('pendentes') });

export const IDENTITY_RETENTION_MIN_YEARS = 1;
export const IDENTITY_RETENTION_MAX_YEARS = 20;

/** Parâmetros gerais › Prova de identidade: years the selfie and ID photos are kept after the envelope ends. */
export const identityRetentionInput = z.object({
  identityRetentionYears: z.coerce
    .number({ message: 'Informe por quantos anos guardar as fotos.' })
    .int('Informe um número inteiro de anos.')
    .min(IDENTITY_RETENTION_MIN_YEARS, `Guarde as fotos por pelo menos ${IDENTITY_RETENTION_MIN_YEARS} ano.`)
    .max(IDENTITY_RETENTION_MAX_YEARS, `Guarde as fotos por no máximo ${IDENTITY_RETENTION_MAX_YEARS} anos.`),
});
export type IdentityRetentionInput = z.output<typeof identityRetentionInput>;
