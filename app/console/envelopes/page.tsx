import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FilterActions, FilterBar, FilterPeriod, FilterSelect, FilterText } from '@/components/console/list-filters';
import { Pagination } from '@/components/console/pagination';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { listBranchOptions } from '@/lib/contracts/list-contract-form-options';
import { listEnvelopes } from '@/lib/envelopes/list-envelopes';
import { envelopeListFilters, envelopeStatuses } from '@/lib/envelopes/schemas';
import { formatDate } from '@/lib/format';
import { envelopeKind, envelopeTone } from '../contracts/_components/envelope-history';

export const metadata: Metadata = { title: 'Envelopes' };

/** Every signing document of the account, across contracts and branches. */
export default async function EnvelopesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('contracts');
  const filters = envelopeListFilters.parse(await searchParams);
  const [{ rows, page, hasMore }, branches] = await Promise.all([listEnvelopes(operator, filters), listBranchOptions(operator)]);
  const filtered = !!(filters.status || filters.branchId || filters.q || filters.from || filters.to);
  const f = (key: string) => t(`envelopes.filters.${key}`);

  return (
    <>
      <PageHeader title={t('envelopes.title')} description={t('envelopes.description')} />
      <Card>
        <FilterBar label={t('envelopes.title')}>
          <FilterText id="e-q" name="q" label={f('q')} value={filters.q} placeholder={f('qPlaceholder')} />
          <FilterSelect
            id="e-status"
            name="status"
            label={f('status')}
            value={filters.status}
            allLabel={f('allStatuses')}
            options={envelopeStatuses.map((s) => ({ value: s, label: t(`envelopeStatus.${s}`) }))}
          />
          <FilterSelect
            id="e-branch"
            name="branchId"
            label={f('branch')}
            value={filters.branchId}
            allLabel={f('allBranches')}
            options={branches.map((b) => ({ value: b.id, label: b.name }))}
          />
          <FilterPeriod idPrefix="e" from={filters.from} to={filters.to} labels={{ from: f('from'), to: f('to') }} />
          <FilterActions filtered={filtered} clearHref="/console/envelopes" applyLabel={f('apply')} clearLabel={f('clear')} />
        </FilterBar>
        {rows.length === 0 ? (
          <p className="py-6 text-sm text-slate-600">{filtered ? t('envelopes.list.noResults') : t('envelopes.list.empty')}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="envelopes-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[26%] py-2 pr-4 font-medium">{t('envelopes.list.name')}</th>
                <th className="w-[18%] py-2 pr-4 font-medium">{t('envelopes.list.customer')}</th>
                <th className="w-[12%] py-2 pr-4 font-medium">{t('envelopes.list.branch')}</th>
                <th className="w-[8%] py-2 pr-4 font-medium">{t('envelopes.list.type')}</th>
                <th className="w-[16%] py-2 pr-4 font-medium">{t('envelopes.list.status')}</th>
                <th className="w-[10%] py-2 pr-4 font-medium">{t('envelopes.list.createdAt')}</th>
                <th className="w-[10%] py-2 font-medium">{t('envelopes.list.completedAt')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={e.id} className="hover:bg-slate-50" data-testid="envelope-row">
                  <td className="py-3 pr-4">
                    <Link href={`/console/envelopes/${e.id}`} className="block truncate font-medium text-blue-800 hover:underline" title={e.name}>
                      {e.name}
                    </Link>
                    {e.contractNumber ? <span className="block text-xs text-slate-500">{t('numberTitle', { number: e.contractNumber })}</span> : null}
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-800" title={e.customerName ?? undefined}>
                    {e.customerName ?? '—'}
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-700">{e.branchName ?? '—'}</td>
                  <td className="py-3 pr-4 text-slate-700">{t(`history.kind.${envelopeKind(e.origin)}`)}</td>
                  <td className="whitespace-nowrap py-3 pr-4">
                    <Badge tone={envelopeTone(e.status)}>{t(`envelopeStatus.${e.status}`)}</Badge>
                    {e.environment === 'sandbox' ? <span className="ml-1 text-xs text-amber-700">{t('envelopes.list.sandbox')}</span> : null}
                  </td>
                  <td className="py-3 pr-4 tabular-nums text-slate-600">{formatDate(e.createdAt)}</td>
                  <td className="py-3 tabular-nums text-slate-600">
                    {e.completedAt ? formatDate(e.completedAt) : <span className="text-xs">{t('envelopes.list.expires', { date: formatDate(e.expiresAt) })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} hasMore={hasMore} params={{ q: filters.q, status: filters.status, branchId: filters.branchId, from: filters.from, to: filters.to }} />
      </Card>
    </>
  );
}
