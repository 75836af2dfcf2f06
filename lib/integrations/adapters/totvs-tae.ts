import { providerCatalogue } from '../providers';
import { describeOutcome, joinUrl, probe, type ProbeOptions } from './probe';

/**
 * TOTVS Assinatura Eletrônica: the identity API logs in with the platform's user and password
 * (JSON userName / password) and answers with a token; a refused login is 400 or 401.
 */
export async function testTotvsTae(c: { serviceUrl: string; user: string; password: string }, opts?: ProbeOptions) {
  const outcome = await probe(
    joinUrl(c.serviceUrl, '/identityintegration/v3/auth/login'),
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ userName: c.user, password: c.password }),
    },
    opts,
  );
  return describeOutcome(outcome, { ...providerCatalogue.totvs_tae, rejectedStatuses: [400, 401, 403] });
}
