import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { integrations } from '../db/schema';
import { forbidden } from '../errors';
import { assertOwnReferences, integrationValues } from './integration-row';
import { environmentLabels, providerLabel } from './providers';
import type { CreateIntegrationInput } from './schemas';

export async function createIntegration(actor: Actor, input: CreateIntegrationInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertOwnReferences(tx, actor.accountId, input);
    const { values, replaced } = integrationValues(input);
    const [row] = await tx
      .insert(integrations)
      .values({ ...values, provider: input.provider, description: input.description, accountId: actor.accountId })
      .returning({ id: integrations.id });
    await recordActivity(tx, actor, {
      action: 'integration.created',
      entityType: 'integration',
      entityId: row.id,
      summary: `Criou a integração "${input.description}" (${providerLabel(input.provider)}, ${environmentLabels[input.environment]})`,
      // Names of the secrets saved, never their values.
      details: { provider: input.provider, environment: input.environment, secretsSaved: replaced },
    });
    return { integrationId: row.id };
  });
}
