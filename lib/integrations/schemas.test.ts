import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { createIntegrationInput, missingSecrets, secretChanges, updateIntegrationInput } from './schemas';

const clicksign = {
  provider: 'clicksign',
  description: 'Clicksign sandbox',
  environment: 'sandbox',
  serviceUrl: '',
  apiUser: 'api@empresa.com.br',
  apiToken: 'tok-123',
  sendMethod: 'contract',
  requireIdDocument: false,
  requireSelfie: true,
  requireHandwritten: false,
  defaultExpiryDays: '',
};

const errorsOf = (input: unknown, schema = createIntegrationInput) => {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe('[INTEGRATIONS] integration form rules', () => {
  it('accepts a Clicksign set-up and normalises empty values', () => {
    const v = createIntegrationInput.parse(clicksign);
    expect(v.defaultExpiryDays).toBeNull();
    expect(v.serviceUrl).toBeNull();
    expect(v.companySignerId).toBeNull();
    expect(v.requireSelfie).toBe(true);
  });

  it('parsing twice gives the same result (the browser sends parsed values to the server)', () => {
    const once = createIntegrationInput.parse({ ...clicksign, defaultExpiryDays: '30', serviceUrl: 'https://x.example/' });
    expect(createIntegrationInput.parse(once)).toEqual(once);
  });

  it('expiry: empty means 15, 1..90 accepted, 0 and 91 refused with a clear message', () => {
    expect(createIntegrationInput.parse({ ...clicksign, defaultExpiryDays: '90' }).defaultExpiryDays).toBe(90);
    expect(createIntegrationInput.parse({ ...clicksign, defaultExpiryDays: 1 }).defaultExpiryDays).toBe(1);
    expect(errorsOf({ ...clicksign, defaultExpiryDays: '91' }).defaultExpiryDays).toEqual(['O prazo de expiração não pode passar de 90 dias.']);
    expect(errorsOf({ ...clicksign, defaultExpiryDays: '0' }).defaultExpiryDays?.[0]).toContain('pelo menos 1 dia');
    expect(errorsOf({ ...clicksign, defaultExpiryDays: '7,5' }).defaultExpiryDays).toEqual(['Informe um número inteiro de dias.']);
  });

  it('the warning comes before expiry (15 when the expiry is empty)', () => {
    expect(errorsOf({ ...clicksign, warnDaysBeforeExpiry: '15' }).warnDaysBeforeExpiry?.[0]).toContain('(15)');
    expect(errorsOf({ ...clicksign, defaultExpiryDays: '30', warnDaysBeforeExpiry: '15' }).warnDaysBeforeExpiry).toBeUndefined();
  });

  it('requires each provider’s credentials, naming them', () => {
    expect(errorsOf({ ...clicksign, apiUser: '', apiToken: '' })).toMatchObject({
      apiUser: [expect.stringContaining('e-mail do usuário')],
      apiToken: [expect.stringContaining('Access Token')],
    });
    expect(errorsOf({ ...clicksign, apiUser: 'nao-e-email' }).apiUser).toEqual(['Informe um e-mail válido, como api@empresa.com.br.']);
    const totvs = { ...clicksign, provider: 'totvs_tae', environment: 'production', apiUser: '', apiToken: '' };
    expect(Object.keys(errorsOf(totvs)).sort()).toEqual(['apiPassword', 'apiUser']);
    expect(errorsOf({ ...totvs, apiUser: 'usuario@tae', apiPassword: 'senha' })).toEqual({});
    const builtIn = { ...clicksign, provider: 'rubrica', apiUser: '', apiToken: '' };
    expect(errorsOf(builtIn)).toEqual({});
  });

  it('asks for the URL where the provider has no default, and wants https', () => {
    const arq = { ...clicksign, provider: 'arqsign', apiToken: 'app', apiPassword: 'sub' };
    expect(errorsOf(arq).serviceUrl?.[0]).toContain('não tem endereço padrão');
    expect(errorsOf({ ...arq, environment: 'production' })).toEqual({});
    expect(errorsOf({ ...arq, serviceUrl: 'http://arqsign.example' }).serviceUrl).toEqual([
      'Use https:// (http só é aceito para endereços locais).',
    ]);
    expect(errorsOf({ ...arq, serviceUrl: 'http://127.0.0.1:4000' })).toEqual({});
    expect(errorsOf({ ...arq, serviceUrl: 'arqsign' }).serviceUrl?.[0]).toContain('URL completa');
  });

  it('company witness: someone else than the representative, and only with a representative', () => {
    const a = '0b9c1a34-2f0e-4c55-8a52-1a1f2b3c4d5e';
    const b = '1b9c1a34-2f0e-4c55-8a52-1a1f2b3c4d5e';
    expect(errorsOf({ ...clicksign, companySignerId: a, companyWitnessId: a }).companyWitnessId?.[0]).toContain('outra pessoa');
    expect(errorsOf({ ...clicksign, companyWitnessId: b }).companySignerId?.[0]).toContain('responsável');
    expect(errorsOf({ ...clicksign, companySignerId: a, companyWitnessId: b })).toEqual({});
  });

  it('on edit a blank secret is fine when one is saved, unless it is being removed', () => {
    const edit = { ...clicksign, integrationId: '2b9c1a34-2f0e-4c55-8a52-1a1f2b3c4d5e', apiToken: '' };
    const v = updateIntegrationInput.parse(edit);
    expect(missingSecrets(v, { apiToken: true })).toEqual({});
    expect(missingSecrets(v, {})).toHaveProperty('apiToken');
    expect(missingSecrets({ ...v, removeApiToken: true }, { apiToken: true })).toHaveProperty('apiToken');
  });

  it('secret changes: typed → set, remover → clear, blank → keep, unused by the provider → clear', () => {
    const v = createIntegrationInput.parse({ ...clicksign, webhookSecret: '', removeWebhookSecret: true });
    const c = secretChanges(v, 'clicksign');
    expect(c.apiToken).toEqual({ set: 'tok-123' });
    expect(c.webhookSecret).toEqual({ clear: true });
    expect(c.companySignerToken).toBeNull();
    expect(secretChanges(v, 'rubrica').apiToken).toEqual({ clear: true });
  });
});
