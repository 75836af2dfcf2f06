import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Pagination } from '@/components/console/pagination';
import { SearchForm } from '@/components/console/search-form';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/list-branches';
import { providerLabel } from '@/lib/integrations/providers';
import { listParams } from '@/lib/pagination';
import { formatTaxId } from '@/lib/people/tax-id';

export const metadata: Metadata = { title: 'Filiais' };

export default async function BranchesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('branches');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listBranches(operator, params);
  const canManage = hasRole(operator.role, 'admin');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/console/branches/new">{t('new')}</Link>
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="mb-4">
          <SearchForm q={params.q} placeholder={t('search.placeholder')} label={t('search.label')} />
        </div>
        {rows.length === 0 ? (
          <p className="py-6 text-sm text-slate-600">{params.q ? t('list.noResults', { q: params.q }) : t('list.empty')}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="branches-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[28%] py-2 pr-4 font-medium">{t('list.name')}</th>
                <th className="w-[20%] py-2 pr-4 font-medium">{t('list.cnpj')}</th>
                <th className="w-[18%] py-2 pr-4 font-medium">{t('list.city')}</th>
                <th className="w-[34%] py-2 font-medium">{t('list.integration')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((b) => (
                <tr key={b.id} className="hover:bg-slate-50" data-testid={`branch-${b.name}`}>
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/branches/${b.id}`} className="font-medium text-blue-800 hover:underline" title={b.name}>
                      {b.name}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap tabular-nums text-slate-700">{b.cnpj ? formatTaxId(b.cnpj) : '—'}</td>
                  <td className="truncate py-3 pr-4 text-slate-600">
                    {b.addressCity ? `${b.addressCity}${b.addressState ? ` / ${b.addressState}` : ''}` : '—'}
                  </td>
                  <td className="truncate py-3 text-slate-700">
                    {b.integrationId && b.integrationProvider ? (
                      <>
                        {b.integrationDescription} <span className="text-slate-500">· {providerLabel(b.integrationProvider)}</span>
                      </>
                    ) : (
                      <span className="text-amber-700">{t('list.none')}</span>
                    )}
                  </td>
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
