import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getPackageSummary } from '@/lib/billing/get-package-summary';
import { DailyChart } from './_components/daily-chart';
import { PlanForm } from './_components/plan-form';

export const metadata: Metadata = { title: 'Resumo do pacote' };

const brl = (cents: number) => (cents / 100).toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' });
const brDate = (iso: string) => iso.split('-').reverse().join('/');

/** Resumo do pacote: what the account has used of its monthly package, and its credits. */
export default async function PackageSummaryPage() {
  const operator = await requireOperatorPage('viewer');
  const s = await getPackageSummary(operator);
  const t = await getTranslations('delivery.package');
  const canManage = hasRole(operator.role, 'admin');
  const lastDay = s.period.days.at(-1)!;
  const bar = Math.min(100, s.percent);
  const n = new Intl.NumberFormat('pt-BR');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('period', { from: brDate(s.period.startDay), to: brDate(lastDay) })}
        actions={
          <a href="/console/reports/csv" download className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50">
            {t('csv')}
          </a>
        }
      />
      {!s.plan.configured ? (
        <div className="mb-6">
          <Alert tone="info">{canManage ? t('noPlanAdmin') : t('noPlan')}</Alert>
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4" data-testid="package-stats">
        <Card>
          <p className="text-xs uppercase tracking-wide text-slate-500">{t('used')}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid="package-used">
            {t('usedOf', { used: n.format(s.used), included: n.format(s.included) })}
          </p>
          <div className="mt-3 h-2 rounded-full bg-slate-100" aria-hidden="true">
            <div className={cn('h-2 rounded-full', s.percent >= 100 ? 'bg-red-600' : s.percent >= 80 ? 'bg-amber-500' : 'bg-blue-600')} style={{ width: `${bar}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-600">{t('percent', { percent: s.percent })}</p>
        </Card>
        <Card>
          <p className="text-xs uppercase tracking-wide text-slate-500">{t('overage')}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid="package-overage">
            {brl(s.overage.costCents)}
          </p>
          <p className="mt-1 text-xs text-slate-600">{t('overageDetail', { documents: s.overage.documents, price: brl(s.plan.overagePriceCents) })}</p>
        </Card>
        <Card>
          <p className="text-xs uppercase tracking-wide text-slate-500">{t('creditsWhatsapp')}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid="credits-whatsapp">
            {n.format(s.credits.whatsapp)}
          </p>
          <p className="mt-1 text-xs text-slate-600">{t('creditsHint')}</p>
        </Card>
        <Card>
          <p className="text-xs uppercase tracking-wide text-slate-500">{t('creditsSms')}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid="credits-sms">
            {n.format(s.credits.sms)}
          </p>
          <p className="mt-1 text-xs text-slate-600">{t('sandbox', { count: s.sandbox })}</p>
        </Card>
      </div>

      <div className="mt-6 space-y-6">
        <Card title={t('daily')} description={t('dailyDescription')}>
          <DailyChart days={s.daily} label={t('dailyLabel', { from: brDate(s.period.startDay), to: brDate(lastDay) })} />
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('byBranch')}>
            <Breakdown rows={s.byBranch.map((b) => ({ key: b.id ?? 'none', name: b.name ?? t('noBranch'), documents: b.documents }))} empty={t('empty')} name={t('branch')} docs={t('documents')} testId="by-branch" />
          </Card>
          <Card title={t('byIntegration')}>
            <Breakdown
              rows={s.byIntegration.map((i) => ({
                key: i.id ?? 'none',
                name: i.description ?? t('noIntegration'),
                documents: i.documents,
                note: i.sandbox ? t('sandboxNote', { count: i.sandbox }) : undefined,
              }))}
              empty={t('empty')}
              name={t('integration')}
              docs={t('documents')}
              testId="by-integration"
            />
          </Card>
        </div>
        {canManage ? (
          <Card title={t('form.title')} description={t('form.description')}>
            <PlanForm
              values={{
                documentsPerPeriod: String(s.plan.documentsPerPeriod),
                periodStartDay: String(s.plan.periodStartDay),
                overagePrice: (s.plan.overagePriceCents / 100).toFixed(2).replace('.', ','),
                addWhatsappCredits: '0',
                addSmsCredits: '0',
              }}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}

function Breakdown(props: { rows: { key: string; name: string; documents: number; note?: string }[]; empty: string; name: string; docs: string; testId: string }) {
  if (props.rows.length === 0) return <p className="text-sm text-slate-600">{props.empty}</p>;
  return (
    <table className="w-full text-left text-sm" data-testid={props.testId}>
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th className="py-2 pr-4 font-medium">{props.name}</th>
          <th className="py-2 text-right font-medium">{props.docs}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {props.rows.map((r) => (
          <tr key={r.key} aria-label={r.name}>
            <td className="py-2 pr-4 text-slate-800">
              {r.name}
              {r.note ? <span className="ml-2 text-xs text-amber-700">{r.note}</span> : null}
            </td>
            <td className="py-2 text-right tabular-nums text-slate-900">{r.documents}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
