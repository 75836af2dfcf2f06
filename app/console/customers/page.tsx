import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Pagination } from '@/components/console/pagination';
import { SearchForm } from '@/components/console/search-form';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listParams } from '@/lib/pagination';
import { listCustomers } from '@/lib/people/list-customers';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';

export const metadata: Metadata = { title: 'Clientes' };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('customers');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listCustomers(operator, params);
  const canManage = hasRole(operator.role, 'operator');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/console/customers/new">{t('new')}</Link>
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <SearchForm q={params.q} placeholder={t('search.placeholder')} label={t('search.label')} />
          {params.q ? (
            <p className="text-sm text-slate-600">
              {t('list.resultsFor', { q: params.q })} ·{' '}
              <Link href="/console/customers" className="text-blue-700 hover:underline">
                {t('list.clearSearch')}
              </Link>
            </p>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="py-6 text-sm text-slate-600">
            {params.q ? t('list.noResults', { q: params.q }) : canManage ? t('list.empty') : t('list.emptyReadOnly')}
          </p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="customers-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[34%] py-2 pr-4 font-medium">{t('list.name')}</th>
                <th className="w-[20%] py-2 pr-4 font-medium">{t('list.taxId')}</th>
                <th className="w-[28%] py-2 pr-4 font-medium">{t('list.email')}</th>
                <th className="w-[18%] py-2 font-medium">{t('list.phone')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/customers/${c.id}`} className="font-medium text-blue-800 hover:underline" title={c.name}>
                      {c.name}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap tabular-nums text-slate-700">
                    {formatTaxId(c.taxId)}{' '}
                    <Badge tone={c.kind === 'person' ? 'neutral' : 'blue'}>{c.kind === 'person' ? 'PF' : 'PJ'}</Badge>
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-600" title={c.firstEmail ?? undefined}>
                    {c.firstEmail ?? '—'}
                  </td>
                  <td className="py-3 whitespace-nowrap tabular-nums text-slate-600">{formatPhone(c.phone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} hasMore={hasMore} params={{ q: params.q }} />
      </Card>
    </>
  );
}
