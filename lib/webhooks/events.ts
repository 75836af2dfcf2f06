/** The events a webhook endpoint can subscribe to (the wire names receivers see). */
export const webhookEvents = [
  'envelope.created',
  'envelope.sent',
  'signer.viewed',
  'signer.signed',
  'signer.declined',
  'envelope.completed',
  'envelope.expired',
  'envelope.cancelled',
  'envelope.sealed',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const webhookEventLabels: Record<WebhookEvent, string> = {
  'envelope.created': 'Envelope criado',
  'envelope.sent': 'Envelope enviado',
  'signer.viewed': 'Signatário visualizou',
  'signer.signed': 'Signatário assinou',
  'signer.declined': 'Signatário recusou',
  'envelope.completed': 'Envelope concluído',
  'envelope.expired': 'Envelope expirado',
  'envelope.cancelled': 'Envelope cancelado',
  'envelope.sealed': 'Documentos selados',
};

/**
 * Evidence event type (envelope_events.type) → webhook event. The database trigger
 * webhook_fan_out (drizzle/0006_api.sql) lists the same keys; webhooks.int.test.ts checks both agree.
 */
export const webhookEventByEvidenceType: Record<string, WebhookEvent> = {
  'envelope.created': 'envelope.created',
  'envelope.sent': 'envelope.sent',
  'recipient.viewed': 'signer.viewed',
  'recipient.signed': 'signer.signed',
  'recipient.declined': 'signer.declined',
  'envelope.completed': 'envelope.completed',
  'envelope.expired': 'envelope.expired',
  'envelope.cancelled': 'envelope.cancelled',
  'envelope.sealed': 'envelope.sealed',
};
