import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { integrations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { assertOwnReferences, integrationValues, secretColumn } from './integration-row';
import { providerLabel } from './providers';
import { missingSecrets, type UpdateIntegrationInput } from './schemas';

/** Plain columns compared to tell the log what changed (secrets are reported by name only). */
const trackedColumns = [
  'provider',
  'description',
  'environment',
  'serviceUrl',
  'apiUser',
  'errorReportEmail',
  'sendMethod',
  'requireIdDocument',
  'requireSelfie',
  'requireHandwritten',
  'requireGeolocation',
  'defaultExpiryDays',
  'reminderEveryDays',
  'warnDaysBeforeExpiry',
  'companySignerId',
  'companyWitnessId',
  'customerEmailTemplateId',
  'witnessEmailTemplateId',
  'customerWhatsappTemplateId',
  'witnessWhatsappTemplateId',
  'whatsappProvider',
  'whatsappUrl',
  'whatsappSenderId',
  'whatsappCodeTemplate',
  'smsUrl',
  'smsMethod',
  'smsAuthHeader',
  'smsBodyTemplate',
] as const;

export async function updateIntegration(actor: Actor, input: UpdateIntegrationInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(eq(integrations.id, input.integrationId), eq(integrations.accountId, actor.accountId));
    // The saved row (with ciphertexts) stays inside this function: only "is it set" is used.
    const [saved] = await tx.select().from(integrations).where(where).for('update');
    if (!saved) throw notFound('Integração');

    const missing = missingSecrets(input, {
      apiToken: saved.apiTokenEnc !== null,
      apiPassword: saved.apiPasswordEnc !== null,
      whatsappToken: saved.whatsappTokenEnc !== null,
    });
    if (Object.keys(missing).length) {
      throw new AppError('INVALID_INPUT', { userMessage: 'Corrija os campos destacados.', fields: missing });
    }
    await assertOwnReferences(tx, actor.accountId, input);

    const { values, replaced, cleared } = integrationValues(input);
    await tx.update(integrations).set(values).where(where);

    const changed = trackedColumns.filter((c) => values[c] !== undefined && values[c] !== saved[c]);
    const removed = cleared.filter((f) => saved[secretColumn[f]] !== null);
    await recordActivity(tx, actor, {
      action: 'integration.updated',
      entityType: 'integration',
      entityId: saved.id,
      summary: `Alterou a integração "${input.description}" (${providerLabel(input.provider)})`,
      details: { changed, secretsReplaced: replaced, secretsRemoved: removed },
    });
  });
}
