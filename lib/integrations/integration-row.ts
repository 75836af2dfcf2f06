import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { sealSecret } from '../crypto/secret-box';
import type { Tx } from '../db/client';
import { employees, integrations, notificationTemplates } from '../db/schema';
import { AppError } from '../errors';
import { providerInfo, secretFields, usesCredential, type SecretField } from './providers';
import { secretChanges, type CreateIntegrationInput } from './schemas';

type Insert = typeof integrations.$inferInsert;

export const secretColumn = {
  apiToken: 'apiTokenEnc',
  apiPassword: 'apiPasswordEnc',
  webhookSecret: 'webhookSecretEnc',
  companySignerToken: 'companySignerTokenEnc',
  companyWitnessToken: 'companyWitnessTokenEnc',
  whatsappToken: 'whatsappTokenEnc',
  smsAuthValue: 'smsAuthValueEnc',
} as const satisfies Record<SecretField, keyof Insert>;

/** Additional data bound into each ciphertext: a token copied into another column does not open. */
export const secretPurpose = (field: SecretField) => `integration.${field}`;

/**
 * Column values for an insert or update. Secrets: a typed value is sealed, "remover" (or a provider
 * that does not use the field, or a signer that is gone) clears it, blank keeps what is saved
 * (undefined, which drizzle leaves out of the UPDATE).
 */
export function integrationValues(input: CreateIntegrationInput) {
  const info = providerInfo(input.provider);
  const changes = secretChanges(input, input.provider);
  if (!input.companySignerId) changes.companySignerToken = { clear: true };
  if (!input.companyWitnessId) changes.companyWitnessToken = { clear: true };

  const values: Partial<Insert> = {
    provider: input.provider,
    description: input.description,
    environment: input.environment,
    serviceUrl: info.external ? input.serviceUrl : null,
    apiUser: usesCredential(input.provider, 'apiUser') ? input.apiUser : null,
    errorReportEmail: input.errorReportEmail,
    sendMethod: input.sendMethod,
    requireIdDocument: input.requireIdDocument,
    requireSelfie: input.requireSelfie,
    requireHandwritten: input.requireHandwritten,
    requireGeolocation: input.requireGeolocation,
    defaultExpiryDays: input.defaultExpiryDays,
    reminderEveryDays: input.reminderEveryDays,
    warnDaysBeforeExpiry: input.warnDaysBeforeExpiry,
    companySignerId: input.companySignerId,
    companyWitnessId: input.companyWitnessId,
    customerEmailTemplateId: input.customerEmailTemplateId,
    witnessEmailTemplateId: input.witnessEmailTemplateId,
    customerWhatsappTemplateId: input.customerWhatsappTemplateId,
    witnessWhatsappTemplateId: input.witnessWhatsappTemplateId,
    whatsappProvider: input.whatsappProvider,
    whatsappUrl: input.whatsappProvider === 'none' ? null : input.whatsappUrl,
    whatsappSenderId: input.whatsappProvider === 'none' ? null : input.whatsappSenderId,
    whatsappCodeTemplate: input.whatsappProvider === 'none' ? null : input.whatsappCodeTemplate,
    smsUrl: input.smsUrl,
    smsMethod: input.smsMethod,
    smsAuthHeader: input.smsUrl ? input.smsAuthHeader : null,
    smsBodyTemplate: input.smsUrl ? input.smsBodyTemplate : null,
  };
  const replaced: SecretField[] = [];
  const cleared: SecretField[] = [];
  for (const field of secretFields) {
    const change = changes[field];
    if (!change) continue;
    if ('set' in change) {
      values[secretColumn[field]] = sealSecret(change.set, secretPurpose(field));
      replaced.push(field);
    } else {
      values[secretColumn[field]] = null;
      cleared.push(field);
    }
  }
  return { values, replaced, cleared };
}

const templateFields = [
  ['customerEmailTemplateId', 'email'],
  ['witnessEmailTemplateId', 'email'],
  ['customerWhatsappTemplateId', 'whatsapp'],
  ['witnessWhatsappTemplateId', 'whatsapp'],
] as const;

/**
 * An integration may only point at employees and templates of its own account, and each template
 * slot at a template of the right channel. Runs inside the writing transaction.
 */
export async function assertOwnReferences(tx: Tx, accountId: string, input: CreateIntegrationInput) {
  const fields: Record<string, string[]> = {};
  const employeeIds = [input.companySignerId, input.companyWitnessId].filter((v): v is string => !!v);
  if (employeeIds.length) {
    const found = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.accountId, accountId), inArray(employees.id, employeeIds)));
    const ok = new Set(found.map((r) => r.id));
    for (const key of ['companySignerId', 'companyWitnessId'] as const) {
      const id = input[key];
      if (id && !ok.has(id)) fields[key] = ['Colaborador não encontrado nesta conta.'];
    }
  }
  const templateIds = templateFields.map(([key]) => input[key]).filter((v): v is string => !!v);
  if (templateIds.length) {
    const found = await tx
      .select({ id: notificationTemplates.id, channel: notificationTemplates.channel })
      .from(notificationTemplates)
      .where(and(eq(notificationTemplates.accountId, accountId), inArray(notificationTemplates.id, templateIds)));
    const channelOf = new Map(found.map((r) => [r.id, r.channel]));
    for (const [key, channel] of templateFields) {
      const id = input[key];
      if (!id) continue;
      const actual = channelOf.get(id);
      if (!actual) fields[key] = ['Modelo de notificação não encontrado nesta conta.'];
      else if (actual !== channel) fields[key] = [channel === 'email' ? 'Escolha um modelo de e-mail.' : 'Escolha um modelo de WhatsApp.'];
    }
  }
  if (Object.keys(fields).length) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Corrija os campos destacados.', fields });
  }
}
