import { z } from '../validation';

const wholeNumber = (message: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? 0 : Number(v.trim())) : v),
    z.number({ message }).int(message).min(0, message).max(max, message),
  );

/**
 * "R$ 1,50", "1.50", "2" → cents. A number is already cents: the form parses in the browser and
 * the action parses the result again, so the conversion must be idempotent.
 */
const money = z.preprocess(
  (v) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string' || v.trim() === '') return 0;
    const clean = v.replace(/R\$\s*/i, '').trim().replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
    return /^\d+(\.\d{1,2})?$/.test(clean) ? Math.round(Number(clean) * 100) : Number.NaN;
  },
  z.number({ message: 'Informe o valor em reais, como 1,50.' }).int().min(0, 'Informe o valor em reais, como 1,50.').max(100_000_00, 'Valor alto demais.'),
);

/** Plano e créditos (admins): the package, and credits to add to the prepaid balances. */
export const updatePlanInput = z.object({
  documentsPerPeriod: wholeNumber('Informe quantos documentos o pacote inclui (0 ou mais).', 1_000_000),
  periodStartDay: z.preprocess(
    (v) => (typeof v === 'string' ? Number(v) : v),
    z.number({ message: 'Escolha um dia de 1 a 28.' }).int().min(1, 'Escolha um dia de 1 a 28.').max(28, 'Escolha um dia de 1 a 28.'),
  ),
  overagePrice: money,
  addWhatsappCredits: wholeNumber('Informe quantos créditos adicionar (0 ou mais).', 1_000_000),
  addSmsCredits: wholeNumber('Informe quantos créditos adicionar (0 ou mais).', 1_000_000),
});
export type UpdatePlanInput = z.output<typeof updatePlanInput>;
