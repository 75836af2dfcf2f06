import 'server-only';
import type { ChannelAdapter, OutgoingMessage } from './channel';
import { deliverOverHttp } from './http-delivery';

export type SmsHttpOptions = {
  url: string;
  method: 'POST' | 'GET';
  /** e.g. "Authorization" with value "Bearer …", or "X-API-Key". */
  authHeader?: string | null;
  authValue?: string | null;
  /** With {{to}} and {{message}}; empty = {"to": …, "message": …}. */
  bodyTemplate?: string | null;
};

const DEFAULT_BODY = '{"to": "{{to}}", "message": "{{message}}"}';

/** JSON-escaped inside a JSON body (without the quotes the template already has). */
const jsonInner = (v: string) => JSON.stringify(v).slice(1, -1);

/**
 * Any HTTP SMS gateway: URL, method, one authentication header and a body template. POST sends the
 * filled body (JSON when it looks like JSON, else form-encoded values); GET puts `to` and `message`
 * in the query string. The provider id is read from an "id" / "messageId" field of a JSON answer.
 */
export function createSmsHttpAdapter(opts: SmsHttpOptions): ChannelAdapter {
  const template = opts.bodyTemplate?.trim() || DEFAULT_BODY;
  const isJson = /^[[{]/.test(template);
  return {
    channel: 'sms',
    transport: 'sms_http',
    async send(message: OutgoingMessage) {
      const headers: Record<string, string> = {};
      if (opts.authHeader && opts.authValue) headers[opts.authHeader] = opts.authValue;
      let url = opts.url;
      let body: string | undefined;
      if (opts.method === 'GET') {
        const u = new URL(opts.url);
        u.searchParams.set('to', message.to);
        u.searchParams.set('message', message.text);
        url = u.toString();
      } else {
        const fill = isJson ? jsonInner : encodeURIComponent;
        body = template.replace(/\{\{\s*to\s*\}\}/g, fill(message.to)).replace(/\{\{\s*message\s*\}\}/g, fill(message.text));
        headers['content-type'] = isJson ? 'application/json' : 'application/x-www-form-urlencoded';
      }
      const res = await deliverOverHttp('O gateway de SMS', url, { method: opts.method, headers, body });
      const b = res.body as { id?: unknown; messageId?: unknown; message_id?: unknown } | null;
      const id = b?.id ?? b?.messageId ?? b?.message_id;
      return { providerId: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
    },
  };
}
