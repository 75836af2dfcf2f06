import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listParams } from '@/lib/pagination';
import { listCustomers } from '@/lib/people/list-customers';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';
import { SearchableList } from '@/components/console/searchable-list';

export const metadata: Metadata = { title: 'Clientes' };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('customers');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listCustomers(operator, params);
  const canManage = hasRole(operator.role, 'operator');

  return (
    <SearchableList
      title={t('title')}
      description={t('description')}
      create={canManage ? { href: '/console/customers/new', label: t('new') } : null}
      search={{
        q: params.q,
        placeholder: t('search.placeholder'),
        label: t('search.label'),
        summary: params.q ? (
          <p className="text-sm text-slate-600">
            {t('list.resultsFor', { q: params.q })} ·{' '}
            <Link href="/console/customers" className="text-blue-700 hover:underline">
              {t('list.clearSearch')}
            </Link>
          </p>
        ) : null,
      }}
      empty={rows.length ? null : params.q ? t('list.noResults', { q: params.q }) : canManage ? t('list.empty') : t('list.emptyReadOnly')}
      columns={[
        { label: t('list.name'), width: 'w-[34%]' },
        { label: t('list.taxId'), width: 'w-[20%]' },
        { label: t('list.email'), width: 'w-[28%]' },
        { label: t('list.phone'), width: 'w-[18%]' },
      ]}
      testId="customers-table"
      page={page}
      hasMore={hasMore}
    >
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
        
    </SearchableList>
  );
}
