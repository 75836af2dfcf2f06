import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { listIntegrations } from '@/lib/integrations/list-integrations';
import { environmentLabels, providerLabel } from '@/lib/integrations/providers';

/** "Clicksign produção — Clicksign · Produção": what the branch's select shows. */
export async function integrationOptions(actor: Pick<Actor, 'accountId'>) {
  const rows = await listIntegrations(actor);
  return rows.map((i) => ({ id: i.id, label: `${i.description} — ${providerLabel(i.provider)} · ${environmentLabels[i.environment]}` }));
}
