import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Pagination } from '@/components/console/pagination';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
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
  const label = 'mb-1 block text-xs font-medium text-slate-600';

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
        <form method="get" role="search" aria-label={t('filters.legend')} className="mb-5 grid items-end gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto_auto_auto]">
          <div>
            <label htmlFor="f-q" className={label}>
              {t('filters.q')}
            </label>
            <Input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder={t('filters.qPlaceholder')} />
          </div>
          <div>
            <label htmlFor="f-status" className={label}>
              {t('filters.status')}
            </label>
            <Select id="f-status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t('filters.allStatuses')}</option>
              {contractStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="f-branch" className={label}>
              {t('filters.branch')}
            </label>
            <Select id="f-branch" name="branchId" defaultValue={filters.branchId ?? ''}>
              <option value="">{t('filters.allBranches')}</option>
              {options.branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="f-from" className={label}>
              {t('filters.from')}
            </label>
            <Input id="f-from" name="from" type="date" defaultValue={filters.from} />
          </div>
          <div>
            <label htmlFor="f-to" className={label}>
              {t('filters.to')}
            </label>
            <Input id="f-to" name="to" type="date" defaultValue={filters.to} />
          </div>
          <div className="flex gap-2">
            <Button type="submit" variant="secondary">
              {t('filters.apply')}
            </Button>
            {filtered ? (
              <Button variant="ghost" asChild>
                <Link href="/console/contracts">{t('filters.clear')}</Link>
              </Button>
            ) : null}
          </div>
        </form>
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
