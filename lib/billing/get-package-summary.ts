import 'server-only';
import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { now } from '../clock';
import type { Executor } from '../db/client';
import { getDb } from '../db/client';
import { accountPlans, branches, envelopes, integrations } from '../db/schema';
import { billingPeriod, overage } from './period';

export const NO_PLAN = { documentsPerPeriod: 0, periodStartDay: 1, overagePriceCents: 0, whatsappCredits: 0, smsCredits: 0 };

export async function getPlan(db: Executor, accountId: string) {
  const [plan] = await db.select().from(accountPlans).where(eq(accountPlans.accountId, accountId));
  return { ...NO_PLAN, ...plan, configured: !!plan };
}

/**
 * Resumo do pacote: every envelope sent in production in the billing period counts as one
 * document (sandbox never does), counted from the envelopes themselves — one row each, so the
 * number is exact however many were sent at once. Broken down by day, branch and integration.
 */
export async function getPackageSummary(actor: Pick<Actor, 'accountId'>, opts: { at?: Date; db?: Executor } = {}) {
  const db = opts.db ?? (await getDb());
  const plan = await getPlan(db, actor.accountId);
  const period = billingPeriod(opts.at ?? now(), plan.periodStartDay);
  const day = sql<string>`to_char(${envelopes.sentAt} at time zone 'America/Sao_Paulo', 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      billable: envelopes.billable,
      branchId: envelopes.branchId,
      branchName: branches.name,
      integrationId: envelopes.integrationId,
      integrationDescription: integrations.description,
      environment: envelopes.environment,
      count: sql<number>`count(*)::int`,
    })
    .from(envelopes)
    .leftJoin(branches, eq(branches.id, envelopes.branchId))
    .leftJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .where(and(eq(envelopes.accountId, actor.accountId), isNotNull(envelopes.sentAt), gte(envelopes.sentAt, period.start), lt(envelopes.sentAt, period.end)))
    .groupBy(day, envelopes.billable, envelopes.branchId, branches.name, envelopes.integrationId, integrations.description, envelopes.environment);

  const daily = new Map(period.days.map((d) => [d, 0]));
  const byBranch = new Map<string, { id: string | null; name: string | null; documents: number }>();
  const byIntegration = new Map<string, { id: string | null; description: string | null; environment: string; documents: number; sandbox: number }>();
  let used = 0;
  let sandbox = 0;
  for (const r of rows) {
    const n = Number(r.count);
    const ik = r.integrationId ?? 'none';
    const integration = byIntegration.get(ik) ?? { id: r.integrationId, description: r.integrationDescription, environment: r.environment, documents: 0, sandbox: 0 };
    byIntegration.set(ik, integration);
    if (!r.billable) {
      sandbox += n;
      integration.sandbox += n;
      continue;
    }
    used += n;
    integration.documents += n;
    daily.set(r.day, (daily.get(r.day) ?? 0) + n);
    const bk = r.branchId ?? 'none';
    const branch = byBranch.get(bk) ?? { id: r.branchId, name: r.branchName, documents: 0 };
    branch.documents += n;
    byBranch.set(bk, branch);
  }
  const byCount = <T extends { documents: number }>(a: T, b: T) => b.documents - a.documents;
  return {
    plan,
    period,
    used,
    included: plan.documentsPerPeriod,
    /** Share of the package used, in whole percent (0 when there is no package). */
    percent: plan.documentsPerPeriod > 0 ? Math.floor((used * 100) / plan.documentsPerPeriod) : 0,
    overage: overage(used, plan.documentsPerPeriod, plan.overagePriceCents),
    sandbox,
    daily: [...daily.entries()].map(([d, documents]) => ({ day: d, documents })),
    byBranch: [...byBranch.values()].sort(byCount),
    byIntegration: [...byIntegration.values()].sort((a, b) => b.documents + b.sandbox - (a.documents + a.sandbox)),
    credits: { whatsapp: plan.whatsappCredits, sms: plan.smsCredits },
  };
}

export type PackageSummary = Awaited<ReturnType<typeof getPackageSummary>>;
