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

/** How a message went out (messages.transport), as staff read it. */
export const transportLabels: Record<string, string> = {
  smtp: 'SMTP',
  outbox: 'Caixa de saída',
  whatsapp_cloud: 'WhatsApp Cloud API',
  opa_suite: 'Opa! Suite',
  sms_http: 'gateway de SMS',
};
