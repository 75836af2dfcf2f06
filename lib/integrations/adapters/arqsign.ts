import { providerCatalogue } from '../providers';
import { describeOutcome, joinUrl, probe, type ProbeOptions } from './probe';

/**
 * ArqSign (api-rest route): AppKey and SubscriptionKey travel as request headers. Searching the
 * account's users is a read-only call every integration account may make.
 */
export async function testArqsign(c: { serviceUrl: string; appKey: string; subscriptionKey: string }, opts?: ProbeOptions) {
  const outcome = await probe(
    joinUrl(c.serviceUrl, '/api/v1/usuarios/buscar-usuarios'),
    {
      method: 'POST',
      headers: { AppKey: c.appKey, SubscriptionKey: c.subscriptionKey, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: '{}',
    },
    opts,
  );
  return describeOutcome(outcome, providerCatalogue.arqsign);
}
