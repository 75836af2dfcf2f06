import { z } from '../validation';

export const messageIdInput = z.object({ messageId: z.uuid('Mensagem inválida.') });
export type MessageIdInput = z.output<typeof messageIdInput>;

export const messageStatusLabels = {
  queued: 'Na fila',
  sent: 'Enviada',
  failed: 'Falhou',
  bounced: 'Devolvida',
} as const;
export type MessageStatus = keyof typeof messageStatusLabels;
