import 'server-only';
import { DeliveryRejectedError, type ChannelAdapter, type OutgoingMessage } from './channel';
import { deliverOverHttp, digitsOnly, type HttpDeliveryResponse } from './http-delivery';

export type WhatsappCloudOptions = {
  /** https://graph.facebook.com/v21.0 (the version is part of the base). */
  baseUrl: string;
  phoneNumberId: string;
  /** System-user access token: sent as a bearer token. */
  token: string;
  /** Default pt_BR. */
  language?: string;
};

type CloudError = { error?: { code?: number; message?: string } };

/** Cloud API error codes that mean this recipient cannot get the message (retrying will not help). */
const UNDELIVERABLE = new Set([131026, 131021, 131030]);

/**
 * WhatsApp Business Cloud API: a template message, as Meta documents it —
 * POST {base}/{phone-number-id}/messages with `Authorization: Bearer <token>` and
 * { messaging_product: "whatsapp", to, type: "template", template: { name, language: { code },
 * components: [ { type: "body", parameters: [ { type: "text", text } ... ] },
 * { type: "button", sub_type: "url", index: "0", parameters: [ { type: "text", text: <suffix> } ] } ] } }.
 * Business-initiated messages must use an approved template, so a message without one is refused.
 * The answer's messages[0].id (wamid…) is the provider id.
 */
export function createWhatsappCloudAdapter(opts: WhatsappCloudOptions): ChannelAdapter {
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(opts.phoneNumberId)}/messages`;
  return {
    channel: 'whatsapp',
    transport: 'whatsapp_cloud',
    async send(message: OutgoingMessage) {
      const t = message.template;
      if (!t?.name) throw new DeliveryRejectedError('Mensagem de WhatsApp sem modelo aprovado: escolha o modelo na integração.');
      const components: unknown[] = [];
      if (t.parameters.length) components.push({ type: 'body', parameters: t.parameters.map((text) => ({ type: 'text', text })) });
      if (t.buttonParameter) {
        components.push({ type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: t.buttonParameter }] });
      }
      const res = await deliverOverHttp(
        'A API do WhatsApp',
        url,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            messaging_product: 'whatsapp',
            recipient_type: 'individual',
            to: digitsOnly(message.to),
            type: 'template',
            template: { name: t.name, language: { code: opts.language ?? 'pt_BR' }, components },
          }),
        },
        { isBounce: (r: HttpDeliveryResponse) => UNDELIVERABLE.has((r.body as CloudError)?.error?.code ?? 0) },
      );
      const id = (res.body as { messages?: { id?: string }[] } | null)?.messages?.[0]?.id;
      return { providerId: typeof id === 'string' ? id : null };
    },
  };
}
