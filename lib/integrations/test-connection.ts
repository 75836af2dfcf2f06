import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { openSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { integrations } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { testArqsign } from './adapters/arqsign';
import { testClicksign } from './adapters/clicksign';
import type { ConnectionResult, ProbeOptions } from './adapters/probe';
import { testTotvsTae } from './adapters/totvs-tae';
import { secretPurpose } from './integration-row';
import { effectiveServiceUrl, providerCatalogue } from './providers';

export type { ConnectionResult } from './adapters/probe';

const missing = (what: string): ConnectionResult => ({ ok: false, message: `Informe ${what} e salve antes de testar.` });

/**
 * "Testar conexão": one real request to the provider with the saved credentials. The built-in
 * signer is always ready. Secrets are opened only here, in memory, and never logged or returned.
 */
export async function testIntegrationConnection(
  actor: Actor,
  input: { integrationId: string },
  opts?: ProbeOptions,
): Promise<ConnectionResult> {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.id, input.integrationId), eq(integrations.accountId, actor.accountId)));
  if (!row) throw notFound('Integração');

  if (!providerCatalogue[row.provider].external) {
    return { ok: true, message: 'A assinatura integrada do Rubrica está sempre pronta: não há conexão externa a testar.' };
  }
  const serviceUrl = effectiveServiceUrl(row.provider, row.environment, row.serviceUrl);
  if (!serviceUrl) return missing('a URL do serviço');

  let token: string | null;
  let password: string | null;
  try {
    token = row.apiTokenEnc ? openSecret(row.apiTokenEnc, secretPurpose('apiToken')) : null;
    password = row.apiPasswordEnc ? openSecret(row.apiPasswordEnc, secretPurpose('apiPassword')) : null;
  } catch {
    return {
      ok: false,
      message: 'As credenciais salvas não puderam ser lidas (a chave RUBRICA_SECRET mudou?). Informe-as de novo e salve.',
    };
  }

  switch (row.provider) {
    case 'clicksign':
      if (!token) return missing('o Access Token');
      return testClicksign({ serviceUrl, apiToken: token }, opts);
    case 'arqsign':
      if (!token || !password) return missing('a AppKey e a SubscriptionKey');
      return testArqsign({ serviceUrl, appKey: token, subscriptionKey: password }, opts);
    case 'totvs_tae':
      if (!row.apiUser || !password) return missing('o usuário e a senha');
      return testTotvsTae({ serviceUrl, user: row.apiUser, password }, opts);
    default:
      return { ok: false, message: 'Este integrador não tem teste de conexão.' };
  }
}
