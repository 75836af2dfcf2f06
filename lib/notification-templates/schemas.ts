import { z } from '../validation';
import { variableProblem } from './variables';

export const channels = ['email', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];
export const channelLabels: Record<Channel, string> = { email: 'E-mail', whatsapp: 'WhatsApp' };

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v) || null, z.string().max(max, `Use no máximo ${max} caracteres.`).nullable());

const templateFields = z.object({
  name: z
    .string({ message: 'Informe um nome para o modelo.' })
    .trim()
    .min(2, 'Informe um nome para o modelo.')
    .max(120, 'Use no máximo 120 caracteres.'),
  subject: optionalText(200),
  body: z
    .string({ message: 'Escreva o texto da mensagem.' })
    .trim()
    .min(1, 'Escreva o texto da mensagem.')
    .max(10_000, 'Use no máximo 10.000 caracteres.'),
  externalName: optionalText(120),
});

type Fields = z.output<typeof templateFields> & { channel: Channel };

function rules(v: Fields, ctx: z.RefinementCtx) {
  if (v.channel === 'email' && !v.subject) {
    ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Informe o assunto do e-mail.' });
  }
  if (v.channel === 'whatsapp' && v.externalName && !/^[a-z0-9_]+$/.test(v.externalName)) {
    ctx.addIssue({
      code: 'custom',
      path: ['externalName'],
      message: 'Use o nome do modelo aprovado no WhatsApp: letras minúsculas, números e _ (ex.: assinatura_link).',
    });
  }
  for (const key of ['subject', 'body'] as const) {
    const problem = v[key] ? variableProblem(v[key]) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
  }
}

export const createTemplateInput = templateFields
  .extend({ channel: z.enum(channels, { message: 'Escolha o canal.' }) })
  .superRefine(rules);
export type CreateTemplateInput = z.output<typeof createTemplateInput>;

/** The channel is fixed once created: integrations pick a template per channel. */
export const updateTemplateInput = templateFields
  .extend({ templateId: z.uuid('Modelo inválido.'), channel: z.enum(channels, { message: 'Escolha o canal.' }) })
  .superRefine(rules);
export type UpdateTemplateInput = z.output<typeof updateTemplateInput>;

export const templateIdInput = z.object({ templateId: z.uuid('Modelo inválido.') });
