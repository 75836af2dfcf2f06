import { z } from '../validation';
import { webhookEvents } from './events';
import { webhookUrlProblem } from './url-policy';

export const webhookEndpointInput = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, 'Informe a URL.')
      .max(2000, 'Use até 2000 caracteres.')
      .superRefine((v, ctx) => {
        const problem = webhookUrlProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    description: z.string().trim().max(200, 'Use até 200 caracteres.').nullish(),
    events: z
      .preprocess((v) => (v === undefined || v === null ? [...webhookEvents] : Array.isArray(v) ? v : [v]), z.array(z.enum(webhookEvents)))
      .refine((e) => e.length > 0, 'Escolha ao menos um evento.'),
  })
  .meta({ id: 'WebhookEndpointInput' });
export type WebhookEndpointInput = z.output<typeof webhookEndpointInput>;

export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.enum(webhookEvents)),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const idInput = z.object({ id: z.uuid() });
export const setActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
