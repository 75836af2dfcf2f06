import { isIP } from 'node:net';
import { env } from '../env';

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function trustedProxies(): string[] {
  return (env().RUBRICA_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripV4Mapped(ip: string) {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

function parseIp(value: string | undefined) {
  const ip = stripV4Mapped((value ?? '').trim());
  return isIP(ip) !== 0 ? ip : null;
}

/**
 * The client's IP. scripts/serve.mjs puts the socket's peer address in X-Rubrica-Peer
 * (overwriting anything a client sent). X-Forwarded-For is believed only hop by hop from the right,
 * and only while the hop that reported it is listed in RUBRICA_TRUSTED_PROXIES.
 */
export function clientIp(headers: HeaderBag): string | null {
  const chain = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((s) => parseIp(s))
    .filter((s): s is string => s !== null);
  const peer = parseIp(header(headers, 'x-rubrica-peer'));
  // Without our server in front (next dev), Next itself fills X-Forwarded-For from the socket.
  if (!peer) return chain.at(-1) ?? null;
  const trusted = new Set(trustedProxies().map(stripV4Mapped));
  let ip = peer;
  for (let i = chain.length - 1; i >= 0 && trusted.has(ip); i--) ip = chain[i];
  return ip;
}
