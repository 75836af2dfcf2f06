import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FilterActions, FilterBar, FilterPeriod, FilterSelect, FilterText } from '@/components/console/list-filters';
import { Pagination } from '@/components/console/pagination';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listContractFormOptions } from '@/lib/contracts/list-contract-form-options';
import { listContracts } from '@/lib/contracts/list-contracts';
import { formatBrl } from '@/lib/contracts/money';
import { contractFilters, contractStatuses } from '@/lib/contracts/schemas';
import { formatDate } from '@/lib/format';
import { formatTaxId } from '@/lib/people/tax-id';
import { statusTone } from './_components/status-tone';

export const metadata: Metadata = { title: 'Contratos' };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('contracts');
  const filters = contractFilters.parse(await searchParams);
  const [{ rows, page, hasMore }, options] = await Promise.all([listContracts(operator, filters), listContractFormOptions(operator)]);
  const canManage = hasRole(operator.role, 'operator');
  const filtered = !!(filters.status || filters.branchId || filters.q || filters.from || filters.to);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button variant="secondary" asChild>
              <Link href="/console/contracts/settings/document-types">{t('settingsLink')}</Link>
            </Button>
            {canManage ? (
              <Button asChild>
                <Link href="/console/contracts/new">{t('new')}</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <FilterBar label={t('filters.legend')}>
          <FilterText id="f-q" name="q" label={t('filters.q')} value={filters.q} placeholder={t('filters.qPlaceholder')} />
          <FilterSelect
            id="f-status"
            name="status"
            label={t('filters.status')}
            value={filters.status}
            allLabel={t('filters.allStatuses')}
            options={contractStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <FilterSelect
            id="f-branch"
            name="branchId"
            label={t('filters.branch')}
            value={filters.branchId}
            allLabel={t('filters.allBranches')}
            options={options.branches.map((b) => ({ value: b.id, label: b.name }))}
          />
          <FilterPeriod idPrefix="f" from={filters.from} to={filters.to} labels={{ from: t('filters.from'), to: t('filters.to') }} />
          <FilterActions filtered={filtered} clearHref="/console/contracts" applyLabel={t('filters.apply')} clearLabel={t('filters.clear')} />
        </FilterBar>
        {rows.length === 0 ? (
          <div className="py-6 text-sm text-slate-600">
            <p>{filtered ? t('list.noResults') : t('list.empty')}</p>
            {!filtered ? <p className="mt-1 text-slate-500">{t('list.emptyHint')}</p> : null}
          </div>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="contracts-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[5%] py-2 pr-4 font-medium">{t('list.number')}</th>
                <th className="w-[24%] py-2 pr-4 font-medium">{t('list.customer')}</th>
                <th className="w-[17%] py-2 pr-4 font-medium">{t('list.plan')}</th>
                <th className="w-[12%] py-2 pr-4 font-medium">{t('list.branch')}</th>
                <th className="w-[16%] py-2 pr-4 font-medium">{t('list.stage')}</th>
                <th className="w-[16%] py-2 pr-4 font-medium">{t('list.status')}</th>
                <th className="w-[10%] py-2 font-medium">{t('list.createdAt')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50" data-testid={`contract-${c.number}`}>
                  <td className="py-3 pr-4 tabular-nums">
                    <Link href={`/console/contracts/${c.id}`} className="font-medium text-blue-800 hover:underline" aria-label={t('numberTitle', { number: c.number })}>
                      {c.number}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">
                    <Link href={`/console/contracts/${c.id}`} className="block truncate text-slate-900 hover:underline" title={c.customerName}>
                      {c.customerName}
                    </Link>
                    <span className="block text-xs tabular-nums text-slate-500">{formatTaxId(c.customerTaxId)}</span>
                  </td>
                  <td className="py-3 pr-4">
                    <span className="block truncate text-slate-800" title={c.planName ?? undefined}>
                      {c.planName ?? '—'}
                    </span>
                    {c.priceCents != null ? <span className="block text-xs tabular-nums text-slate-500">{formatBrl(c.priceCents)}</span> : null}
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-700" title={c.branchName}>
                    {c.branchName}
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-700" title={c.stageName ?? undefined}>
                    {c.stageName ?? '—'}
                  </td>
                  <td className="whitespace-nowrap py-3 pr-4">
                    <Badge tone={statusTone(c.status)}>{t(`status.${c.status}`)}</Badge>
                  </td>
                  <td className="py-3 tabular-nums text-slate-600">{formatDate(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={page}
          hasMore={hasMore}
          params={{ q: filters.q, status: filters.status, branchId: filters.branchId, from: filters.from, to: filters.to }}
        />
      </Card>
    </>
  );
}
