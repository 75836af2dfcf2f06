import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { integrations } from '../db/schema';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { fieldErrors } from '../validation';
import { createIntegration } from './create-integration';
import { getIntegration } from './get-integration';
import { createIntegrationInput, updateIntegrationInput } from './schemas';
import { updateIntegration } from './update-integration';

setupTestDb();

const base = {
  provider: 'rubrica',
  description: 'Rubrica com WhatsApp',
  environment: 'production',
  sendMethod: 'contract',
  requireIdDocument: false,
  requireSelfie: false,
  requireHandwritten: false,
};

describe('[INTEGRATIONS] Canais de envio', () => {
  it('saves WhatsApp and SMS credentials sealed, shows only that they exist, keeps them on a blank edit and clears them when the channel is off', async () => {
    const { actors } = await createAccount();
    const input = createIntegrationInput.parse({
      ...base,
      whatsappProvider: 'cloud_api',
      whatsappSenderId: '106540352242922',
      whatsappToken: 'EAAG-SEGREDO',
      whatsappCodeTemplate: 'rubrica_codigo',
      smsUrl: 'https://sms.exemplo.com.br/v1/send',
      smsAuthHeader: 'Authorization',
      smsAuthValue: 'Bearer SMS-SEGREDO',
    });
    const { integrationId } = await createIntegration(actors.admin, input);
    const db = await getDb();
    const [row] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
    expect(JSON.stringify(row)).not.toContain('SEGREDO');
    expect(openSecret(row.whatsappTokenEnc!, 'integration.whatsappToken')).toBe('EAAG-SEGREDO');
    expect(openSecret(row.smsAuthValueEnc!, 'integration.smsAuthValue')).toBe('Bearer SMS-SEGREDO');
    const view = await getIntegration(actors.viewer, integrationId);
    expect(view).toMatchObject({ whatsappProvider: 'cloud_api', hasWhatsappToken: true, hasSmsAuthValue: true, smsMethod: 'POST' });
    expect(JSON.stringify(view)).not.toContain('SEGREDO');

    const edit = (over: Record<string, unknown>) =>
      updateIntegrationInput.parse({ ...base, whatsappProvider: 'cloud_api', whatsappSenderId: '106540352242922', smsUrl: 'https://sms.exemplo.com.br/v1/send', smsAuthHeader: 'Authorization', integrationId, ...over });
    await updateIntegration(actors.admin, edit({}));
    expect(await getIntegration(actors.admin, integrationId)).toMatchObject({ hasWhatsappToken: true, hasSmsAuthValue: true });
    await updateIntegration(actors.admin, edit({ whatsappProvider: 'none', smsUrl: '' }));
    const [off] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
    expect(off).toMatchObject({ whatsappProvider: 'none', whatsappTokenEnc: null, whatsappSenderId: null, smsUrl: null, smsAuthValueEnc: null });
  });

  it('says what is missing for each provider', () => {
    const errors = (over: Record<string, unknown>) => {
      const r = createIntegrationInput.safeParse({ ...base, ...over });
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(errors({ whatsappProvider: 'cloud_api' })).toMatchObject({
      whatsappSenderId: [expect.stringContaining('Phone number ID')],
      whatsappToken: [expect.stringContaining('token')],
    });
    expect(errors({ whatsappProvider: 'opa_suite', whatsappToken: 'x' })).toMatchObject({ whatsappUrl: [expect.stringContaining('Opa! Suite')] });
    expect(errors({ smsUrl: 'http://sms.exemplo.com.br/send' })).toMatchObject({ smsUrl: [expect.stringContaining('https://')] });
    expect(errors({ smsUrl: 'https://sms.exemplo.com.br/send', smsBodyTemplate: '{"to": "{{to}}"}' })).toMatchObject({ smsBodyTemplate: [expect.stringContaining('{{message}}')] });
  });
});
