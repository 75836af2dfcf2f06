import dns from 'node:dns';
import net from 'node:net';
import { env } from '../env';

// Addresses a webhook must not reach (SSRF): loopback, private, link-local, CGNAT, multicast, reserved.
const blocked = new net.BlockList();
for (const [addr, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(addr, prefix, 'ipv4');
for (const [addr, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  blocked.addSubnet(addr, prefix, 'ipv6');

export const allowPrivateWebhooks = () => env().RUBRICA_ALLOW_PRIVATE_WEBHOOKS === '1';

export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = net.isIP(ip);
  if (family === 0) return true;
  return blocked.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

export const PRIVATE_ADDRESS_MESSAGE = 'O endereço do webhook aponta para a rede interna (loopback ou rede privada), o que não é permitido.';

/** The URL's own problems (scheme, credentials, a literal private IP), worded for the form; null when fine. */
export function webhookUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Informe uma URL completa, por exemplo https://erp.exemplo.com.br/webhooks/rubrica.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use uma URL http:// ou https://.';
  if (url.username || url.password) return 'Não coloque usuário e senha na URL.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateWebhooks() && (host === 'localhost' || host.endsWith('.localhost') || (net.isIP(host) && isPrivateAddress(host)))) return PRIVATE_ADDRESS_MESSAGE;
  return null;
}

/**
 * DNS lookup for outgoing webhook requests: every address the name resolves to must be public,
 * checked at connection time, so a name that later resolves inward (DNS rebinding) is refused too.
 */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return (callback as (e: Error | null, a: string, f?: number) => void)(err, '', 4);
    const list = addresses as dns.LookupAddress[];
    if (!allowPrivateWebhooks() && list.some((a) => isPrivateAddress(a.address))) {
      return (callback as (e: Error | null, a: string, f?: number) => void)(Object.assign(new Error(PRIVATE_ADDRESS_MESSAGE), { code: 'EPRIVATE' }), '', 4);
    }
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    (callback as (e: null, a: string, f: number) => void)(null, list[0].address, list[0].family);
  });
};
