import 'server-only';
import { DeliveryRejectedError, type ChannelAdapter, type OutgoingMessage } from './channel';
import { deliverOverHttp, digitsOnly } from './http-delivery';

export type OpaSuiteOptions = {
  /** The instance, e.g. https://empresa.opasuite.com.br. */
  baseUrl: string;
  token: string;
  /** The WhatsApp channel (canal) when the instance has several. */
  channelId?: string | null;
};

export const OPA_SUITE_TEMPLATE_PATH = '/api/v1/mensagens/template';

/**
 * Opa! Suite omnichannel (reference 000: the IXC way of sending signing links by WhatsApp): HTTP
 * with a bearer token, an approved template and its variables. POST {base}/api/v1/mensagens/template
 * with { telefone, template, variaveis: { "1": …, "2": … }, canal? }; the answer's id is the
 * provider id. Variables are numbered in the order they appear in the Rubrica template, which
 * mirrors the approved template's {{1}}, {{2}}…
 */
export function createOpaSuiteAdapter(opts: OpaSuiteOptions): ChannelAdapter {
  const url = `${opts.baseUrl.replace(/\/+$/, '')}${OPA_SUITE_TEMPLATE_PATH}`;
  return {
    channel: 'whatsapp',
    transport: 'opa_suite',
    async send(message: OutgoingMessage) {
      const t = message.template;
      if (!t?.name) throw new DeliveryRejectedError('Mensagem de WhatsApp sem modelo aprovado: escolha o modelo na integração.');
      const variaveis: Record<string, string> = {};
      t.parameters.forEach((value, i) => (variaveis[String(i + 1)] = value));
      if (t.buttonParameter) variaveis.botao = t.buttonParameter;
      const res = await deliverOverHttp('O Opa! Suite', url, {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ telefone: digitsOnly(message.to), template: t.name, variaveis, ...(opts.channelId ? { canal: opts.channelId } : {}) }),
      });
      const body = res.body as { id?: unknown; protocolo?: unknown } | null;
      const id = body?.id ?? body?.protocolo;
      return { providerId: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
    },
  };
}
