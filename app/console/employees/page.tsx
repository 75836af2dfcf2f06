import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listParams } from '@/lib/pagination';
import { listEmployees } from '@/lib/people/list-employees';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';
import { SearchableList } from '@/components/console/searchable-list';

export const metadata: Metadata = { title: 'Colaboradores' };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('employees');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listEmployees(operator, params);
  const canManage = hasRole(operator.role, 'operator');

  return (
    <SearchableList
      title={t('title')}
      description={t('description')}
      create={canManage ? { href: '/console/employees/new', label: t('new') } : null}
      search={{ q: params.q, placeholder: t('search.placeholder'), label: t('search.label') }}
      empty={rows.length ? null : params.q ? t('list.noResults', { q: params.q }) : t('list.empty')}
      columns={[
        { label: t('list.name'), width: 'w-[32%]' },
        { label: t('list.cpf'), width: 'w-[18%]' },
        { label: t('list.email'), width: 'w-[32%]' },
        { label: t('list.phone'), width: 'w-[18%]' },
      ]}
      testId="employees-table"
      page={page}
      hasMore={hasMore}
    >
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
        
    </SearchableList>
  );
}
