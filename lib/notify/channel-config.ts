import 'server-only';
import { eq } from 'drizzle-orm';
import { openSecret } from '../crypto/secret-box';
import type { Executor } from '../db/client';
import { envelopes, integrations } from '../db/schema';
import type { ChannelAdapter, MessageChannel } from './channel';
import { createOpaSuiteAdapter } from './opa-suite-adapter';
import { createSmsHttpAdapter } from './sms-http-adapter';
import { createWhatsappCloudAdapter } from './whatsapp-cloud-adapter';

const CLOUD_DEFAULT_URL = 'https://graph.facebook.com/v21.0';

/** Same purpose as lib/integrations seals it with (integration.<field>). */
const open = (sealed: string | null, field: 'whatsappToken' | 'smsAuthValue') => (sealed ? openSecret(sealed, `integration.${field}`) : null);

export type ChannelConfig = {
  integrationId: string;
  integrationDescription: string;
  adapter: ChannelAdapter;
  /** WhatsApp: the approved template that carries access codes. */
  codeTemplate: string | null;
};

/**
 * WhatsApp and SMS are configured per integration (Canais de envio): the adapter for a message of
 * this envelope, built from its integration's settings now (a fixed token applies to retries), or
 * null when that integration does not send by this channel.
 */
export async function loadChannelConfig(db: Executor, envelopeId: string | null, channel: MessageChannel): Promise<ChannelConfig | null> {
  if (!envelopeId || channel === 'email') return null;
  const [row] = await db
    .select({ i: integrations })
    .from(envelopes)
    .innerJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .where(eq(envelopes.id, envelopeId));
  if (!row) return null;
  const i = row.i;
  const base = { integrationId: i.id, integrationDescription: i.description, codeTemplate: i.whatsappCodeTemplate };
  if (channel === 'whatsapp') {
    const token = open(i.whatsappTokenEnc, 'whatsappToken');
    if (i.whatsappProvider === 'cloud_api' && token && i.whatsappSenderId) {
      return { ...base, adapter: createWhatsappCloudAdapter({ baseUrl: i.whatsappUrl || CLOUD_DEFAULT_URL, phoneNumberId: i.whatsappSenderId, token }) };
    }
    if (i.whatsappProvider === 'opa_suite' && token && i.whatsappUrl) {
      return { ...base, adapter: createOpaSuiteAdapter({ baseUrl: i.whatsappUrl, token, channelId: i.whatsappSenderId }) };
    }
    return null;
  }
  if (!i.smsUrl) return null;
  return {
    ...base,
    adapter: createSmsHttpAdapter({
      url: i.smsUrl,
      method: i.smsMethod,
      authHeader: i.smsAuthHeader,
      authValue: open(i.smsAuthValueEnc, 'smsAuthValue'),
      bodyTemplate: i.smsBodyTemplate,
    }),
  };
}
