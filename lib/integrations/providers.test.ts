import { describe, expect, it } from 'vitest';
import {
  defaultServiceUrl,
  effectiveServiceUrl,
  providerCatalogue,
  providers,
  requiresServiceUrl,
  usesCredential,
  usesSecret,
} from './providers';

describe('[INTEGRATIONS] provider catalogue', () => {
  it('knows Clicksign’s hosts per environment', () => {
    expect(defaultServiceUrl('clicksign', 'production')).toBe('https://app.clicksign.com');
    expect(defaultServiceUrl('clicksign', 'sandbox')).toBe('https://sandbox.clicksign.com');
    expect(requiresServiceUrl('clicksign', 'sandbox')).toBe(false);
  });

  it('asks for a URL where no default is known, never for the built-in signer', () => {
    expect(requiresServiceUrl('arqsign', 'sandbox')).toBe(true);
    expect(requiresServiceUrl('arqsign', 'production')).toBe(false);
    expect(requiresServiceUrl('rubrica', 'sandbox')).toBe(false);
    expect(effectiveServiceUrl('rubrica', 'production', 'https://x.example')).toBeNull();
  });

  it('a saved URL wins over the default', () => {
    expect(effectiveServiceUrl('clicksign', 'sandbox', 'https://proxy.example/clicksign')).toBe('https://proxy.example/clicksign');
    expect(effectiveServiceUrl('totvs_tae', 'production', null)).toBe('https://totvssign.totvs.app');
  });

  it('lists the credentials each provider needs', () => {
    expect(Object.keys(providerCatalogue.clicksign.credentials).sort()).toEqual(['apiToken', 'apiUser']);
    expect(providerCatalogue.clicksign.credentials.apiUser?.email).toBe(true);
    expect(Object.keys(providerCatalogue.totvs_tae.credentials).sort()).toEqual(['apiPassword', 'apiUser']);
    expect(Object.keys(providerCatalogue.arqsign.credentials).sort()).toEqual(['apiPassword', 'apiToken']);
    expect(Object.keys(providerCatalogue.rubrica.credentials)).toEqual([]);
    expect(usesCredential('totvs_tae', 'apiToken')).toBe(false);
  });

  it('only Clicksign signs webhooks with a secret; the built-in signer stores no secret at all', () => {
    expect(providers.filter((p) => usesSecret(p, 'webhookSecret'))).toEqual(['clicksign']);
    for (const field of ['apiToken', 'apiPassword', 'webhookSecret', 'companySignerToken', 'companyWitnessToken'] as const) {
      expect(usesSecret('rubrica', field)).toBe(false);
    }
  });

  it('every external provider says what a refused credential means', () => {
    for (const p of providers) {
      if (providerCatalogue[p].external) expect(providerCatalogue[p].rejected).toMatch(/recusad/);
    }
  });
});
