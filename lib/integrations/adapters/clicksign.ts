import { providerCatalogue } from '../providers';
import { describeOutcome, joinUrl, probe, type ProbeOptions } from './probe';

/**
 * Clicksign API v3: the access token goes in the Authorization header, with no "Bearer" prefix,
 * and listing envelopes is the authenticated read its docs use as the first test.
 */
export async function testClicksign(c: { serviceUrl: string; apiToken: string }, opts?: ProbeOptions) {
  const outcome = await probe(
    joinUrl(c.serviceUrl, '/api/v3/envelopes?page%5Bsize%5D=1'),
    { method: 'GET', headers: { Authorization: c.apiToken, Accept: 'application/vnd.api+json' } },
    opts,
  );
  return describeOutcome(outcome, providerCatalogue.clicksign);
}
