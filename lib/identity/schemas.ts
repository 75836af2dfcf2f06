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
