import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id, timestamps } from './columns';
import { addressColumns, employees } from './people';

export const providerEnum = pgEnum('provider', ['rubrica', 'clicksign', 'arqsign', 'totvs_tae']);
export const environmentEnum = pgEnum('environment', ['production', 'sandbox']);
export const sendMethodEnum = pgEnum('send_method', ['contract', 'service_order']);
export const channelEnum = pgEnum('notification_channel', ['email', 'whatsapp']);
export const activationEnum = pgEnum('activation', ['on_signature', 'manual']);
/** Padrão / Sim / Não: `default` falls back to the general parameter or the integration. */
export const triStateEnum = pgEnum('tri_state', ['default', 'yes', 'no']);
/** Who carries this integration's WhatsApp messages: nobody, Meta's WhatsApp Business Cloud API, or Opa! Suite. */
export const whatsappProviderEnum = pgEnum('whatsapp_provider', ['none', 'cloud_api', 'opa_suite']);
export const smsMethodEnum = pgEnum('sms_method', ['POST', 'GET']);

/** Editable message templates with {{variables}}; an integration picks one per recipient kind. */
export const notificationTemplates = pgTable(
  'notification_templates',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    channel: channelEnum().notNull(),
    name: text().notNull(),
    /** E-mail only. */
    subject: text(),
    body: text().notNull(),
    /** WhatsApp only: the provider's approved template name (Cloud API / Opa! Suite). */
    externalName: text(),
    ...timestamps,
  },
  (t) => [index('notification_templates_account_idx').on(t.accountId, t.channel)],
);

/**
 * Integração de assinatura digital. Secrets (*Enc columns) are AES-256-GCM ciphertexts made with a
 * key derived from RUBRICA_SECRET (lib/crypto); they never leave the server in clear.
 */
export const integrations = pgTable(
  'integrations',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    provider: providerEnum().notNull(),
    description: text().notNull(),
    environment: environmentEnum().notNull().default('production'),
    /** Empty = the provider's known default for the environment. */
    serviceUrl: text(),
    /** Clicksign: API user e-mail; TOTVS: user name. */
    apiUser: text(),
    apiTokenEnc: text(),
    apiPasswordEnc: text(),
    webhookSecretEnc: text(),
    errorReportEmail: text(),

    sendMethod: sendMethodEnum().notNull().default('contract'),
    requireIdDocument: boolean().notNull().default(false),
    requireSelfie: boolean().notNull().default(false),
    requireHandwritten: boolean().notNull().default(false),
    /** The signer's location is required to sign (otherwise asked, and signing goes on without it). */
    requireGeolocation: boolean().notNull().default(false),
    /** Empty = 15 days. */
    defaultExpiryDays: integer(),
    reminderEveryDays: integer(),
    warnDaysBeforeExpiry: integer(),

    companySignerId: uuid().references(() => employees.id, { onDelete: 'restrict' }),
    companySignerTokenEnc: text(),
    companyWitnessId: uuid().references(() => employees.id, { onDelete: 'restrict' }),
    companyWitnessTokenEnc: text(),

    customerEmailTemplateId: uuid().references(() => notificationTemplates.id, { onDelete: 'set null' }),
    witnessEmailTemplateId: uuid().references(() => notificationTemplates.id, { onDelete: 'set null' }),
    customerWhatsappTemplateId: uuid().references(() => notificationTemplates.id, { onDelete: 'set null' }),
    witnessWhatsappTemplateId: uuid().references(() => notificationTemplates.id, { onDelete: 'set null' }),

    /** Canais de envio (lib/notify): WhatsApp through one provider, SMS through any HTTP gateway. */
    whatsappProvider: whatsappProviderEnum().notNull().default('none'),
    /** Cloud API: https://graph.facebook.com/v21.0 when empty; Opa! Suite: the instance's address. */
    whatsappUrl: text(),
    /** Cloud API: the phone number ID; Opa! Suite: the channel (canal) id, when the instance has several. */
    whatsappSenderId: text(),
    whatsappTokenEnc: text(),
    /** The approved template that carries one-time access codes (its one body parameter is the code). */
    whatsappCodeTemplate: text(),
    smsUrl: text(),
    smsMethod: smsMethodEnum().notNull().default('POST'),
    /** e.g. "Authorization"; its value is a secret. */
    smsAuthHeader: text(),
    smsAuthValueEnc: text(),
    /** The request body with {{to}} and {{message}}; JSON-escaped when it looks like JSON. Empty = {"to":…,"message":…}. */
    smsBodyTemplate: text(),
    ...timestamps,
  },
  (t) => [
    index('integrations_account_idx').on(t.accountId),
    check('integrations_expiry_range', sql`${t.defaultExpiryDays} is null or ${t.defaultExpiryDays} between 1 and 90`),
  ],
);

/** Filial / Empreendimento / Unidade: each uses one integration; several may share one. */
export const branches = pgTable(
  'branches',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    cnpj: text(),
    ...addressColumns,
    integrationId: uuid().references(() => integrations.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('branches_account_name_key').on(t.accountId, t.name), index('branches_integration_idx').on(t.integrationId)],
);

/** Parâmetros gerais › Contratos › Assinatura digital: one row per account. */
export const accountSettings = pgTable('account_settings', {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  /** "Assinatura digital dos contratos": off disables every signing path for contracts. */
  contractSignatureEnabled: boolean().notNull().default(false),
  /** "Utilizar integração assinatura digital": what contracts set to "padrão" do. */
  useSignatureIntegration: boolean().notNull().default(false),
  defaultActivation: activationEnum().notNull().default('on_signature'),
  /** Years the identity-proof images (selfie, ID photo) are kept after the envelope ends (LGPD). */
  identityRetentionYears: integer().notNull().default(5),
  ...timestamps,
});
