import 'server-only';
import { DeliveryRejectedError } from './channel';

export type HttpDeliveryResponse = { status: number; body: unknown; text: string };

const MAX_DETAIL = 300;

/**
 * One request to a messaging provider. What retrying can fix (the provider down, a timeout, 5xx,
 * 429) is thrown as a plain Error so the send job retries; any other refusal (4xx: bad token,
 * unknown template, a number the provider will not take) is a DeliveryRejectedError.
 */
export async function deliverOverHttp(
  what: string,
  url: string,
  init: { method: 'POST' | 'GET'; headers: Record<string, string>; body?: string; timeoutMs?: number },
  opts: { isBounce?: (res: HttpDeliveryResponse) => boolean } = {},
): Promise<HttpDeliveryResponse> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      redirect: 'error',
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    throw new Error(`${what} não respondeu${cause?.code ? ` (${cause.code})` : ''}: ${(err as Error).message}`, { cause: err });
  }
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const out = { status: res.status, body, text };
  if (res.ok) return out;
  const detail = text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL);
  const message = `${what} respondeu ${res.status}${detail ? `: ${detail}` : ''}`;
  if (res.status >= 500 || res.status === 429 || res.status === 408) throw new Error(message);
  throw new DeliveryRejectedError(message, { bounced: opts.isBounce?.(out) ?? false });
}

/** The text after the last "/" of a link: what a WhatsApp URL button appends to its approved base URL. */
export function linkSuffix(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const path = new URL(link).pathname;
    return path.slice(path.lastIndexOf('/') + 1) || undefined;
  } catch {
    return undefined;
  }
}

/** "+5511987654321" → "5511987654321": the wire format of WhatsApp numbers. */
export const digitsOnly = (phone: string) => phone.replace(/\D/g, '');
