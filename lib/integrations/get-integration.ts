import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, integrations } from '../db/schema';
import { notFound } from '../errors';
import { effectiveServiceUrl } from './providers';

/**
 * What the console may see of an integration: every setting, and for each secret only whether one
 * is saved. Neither ciphertext nor clear text ever leaves through here.
 */
export async function getIntegration(actor: Pick<Actor, 'accountId'>, integrationId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: integrations.id,
      provider: integrations.provider,
      description: integrations.description,
      environment: integrations.environment,
      serviceUrl: integrations.serviceUrl,
      apiUser: integrations.apiUser,
      errorReportEmail: integrations.errorReportEmail,
      sendMethod: integrations.sendMethod,
      requireIdDocument: integrations.requireIdDocument,
      requireSelfie: integrations.requireSelfie,
      requireHandwritten: integrations.requireHandwritten,
      requireGeolocation: integrations.requireGeolocation,
      defaultExpiryDays: integrations.defaultExpiryDays,
      reminderEveryDays: integrations.reminderEveryDays,
      warnDaysBeforeExpiry: integrations.warnDaysBeforeExpiry,
      companySignerId: integrations.companySignerId,
      companyWitnessId: integrations.companyWitnessId,
      customerEmailTemplateId: integrations.customerEmailTemplateId,
      witnessEmailTemplateId: integrations.witnessEmailTemplateId,
      customerWhatsappTemplateId: integrations.customerWhatsappTemplateId,
      witnessWhatsappTemplateId: integrations.witnessWhatsappTemplateId,
      whatsappProvider: integrations.whatsappProvider,
      whatsappUrl: integrations.whatsappUrl,
      whatsappSenderId: integrations.whatsappSenderId,
      whatsappCodeTemplate: integrations.whatsappCodeTemplate,
      smsUrl: integrations.smsUrl,
      smsMethod: integrations.smsMethod,
      smsAuthHeader: integrations.smsAuthHeader,
      smsBodyTemplate: integrations.smsBodyTemplate,
      hasWhatsappToken: isNotNull(integrations.whatsappTokenEnc),
      hasSmsAuthValue: isNotNull(integrations.smsAuthValueEnc),
      hasApiToken: isNotNull(integrations.apiTokenEnc),
      hasApiPassword: isNotNull(integrations.apiPasswordEnc),
      hasWebhookSecret: isNotNull(integrations.webhookSecretEnc),
      hasCompanySignerToken: isNotNull(integrations.companySignerTokenEnc),
      hasCompanyWitnessToken: isNotNull(integrations.companyWitnessTokenEnc),
      createdAt: integrations.createdAt,
      updatedAt: integrations.updatedAt,
    })
    .from(integrations)
    .where(and(eq(integrations.id, integrationId), eq(integrations.accountId, actor.accountId)));
  if (!row) throw notFound('Integração');
  const usedBy = await db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(and(eq(branches.accountId, actor.accountId), eq(branches.integrationId, row.id)))
    .orderBy(asc(branches.name));
  return {
    ...row,
    hasApiToken: Boolean(row.hasApiToken),
    hasApiPassword: Boolean(row.hasApiPassword),
    hasWebhookSecret: Boolean(row.hasWebhookSecret),
    hasCompanySignerToken: Boolean(row.hasCompanySignerToken),
    hasCompanyWitnessToken: Boolean(row.hasCompanyWitnessToken),
    hasWhatsappToken: Boolean(row.hasWhatsappToken),
    hasSmsAuthValue: Boolean(row.hasSmsAuthValue),
    effectiveServiceUrl: effectiveServiceUrl(row.provider, row.environment, row.serviceUrl),
    branches: usedBy,
  };
}
export type IntegrationView = Awaited<ReturnType<typeof getIntegration>>;
