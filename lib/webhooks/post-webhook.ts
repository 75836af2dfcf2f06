import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { allowPrivateWebhooks, guardedLookup, isPrivateAddress, PRIVATE_ADDRESS_MESSAGE } from './url-policy';

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_CHARS = 2000;

/** What went wrong on the wire, in words an admin reads in the delivery log. */
function describe(err: Error & { code?: string }): string {
  const host = err.message.split(' ').at(-1);
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `O endereço não foi encontrado (DNS): ${host}`;
    case 'ECONNREFUSED':
      return 'O destino recusou a conexão.';
    case 'ECONNRESET':
      return 'O destino encerrou a conexão antes de responder.';
    case 'EPRIVATE':
      return err.message;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `Certificado HTTPS inválido (${err.code}).`;
    default:
      return err.message;
  }
}

export type PostResult = { status: number; body: string } | { error: string };

/**
 * One POST to a receiver: 10 s in all, redirects not followed, every resolved address checked
 * against the SSRF policy at connection time. Never throws: the outcome is recorded by the caller.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ error: 'URL inválida' });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host) && isPrivateAddress(host) && !allowPrivateWebhooks()) return resolve({ error: PRIVATE_ADDRESS_MESSAGE });
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'User-Agent': 'Rubrica-Webhooks/1.0', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < MAX_RESPONSE_CHARS) text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text.slice(0, MAX_RESPONSE_CHARS) }));
        res.on('error', (err) => resolve({ error: describe(err) }));
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`Sem resposta em ${timeoutMs / 1000} s.`)), timeoutMs);
    req.on('error', (err) => resolve({ error: describe(err) }));
    req.on('close', () => clearTimeout(timer));
    req.end(body);
  });
}
