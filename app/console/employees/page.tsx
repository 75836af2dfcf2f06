import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Pagination } from '@/components/console/pagination';
import { SearchForm } from '@/components/console/search-form';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listParams } from '@/lib/pagination';
import { listEmployees } from '@/lib/people/list-employees';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';

export const metadata: Metadata = { title: 'Colaboradores' };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('employees');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listEmployees(operator, params);
  const canManage = hasRole(operator.role, 'operator');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/console/employees/new">{t('new')}</Link>
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
          <table className="w-full table-fixed text-left text-sm" data-testid="employees-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[32%] py-2 pr-4 font-medium">{t('list.name')}</th>
                <th className="w-[18%] py-2 pr-4 font-medium">{t('list.cpf')}</th>
                <th className="w-[32%] py-2 pr-4 font-medium">{t('list.email')}</th>
                <th className="w-[18%] py-2 font-medium">{t('list.phone')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={e.id} className="hover:bg-slate-50">
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/employees/${e.id}`} className="font-medium text-blue-800 hover:underline" title={e.name}>
                      {e.name}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap tabular-nums text-slate-700">{formatTaxId(e.cpf)}</td>
                  <td className="truncate py-3 pr-4 text-slate-600" title={e.email}>
                    {e.email}
                  </td>
                  <td className="py-3 whitespace-nowrap tabular-nums text-slate-600">{formatPhone(e.phone)}</td>
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
