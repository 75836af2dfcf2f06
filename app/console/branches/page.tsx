import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/list-branches';
import { providerLabel } from '@/lib/integrations/providers';
import { listParams } from '@/lib/pagination';
import { formatTaxId } from '@/lib/people/tax-id';
import { SearchableList } from '@/components/console/searchable-list';

export const metadata: Metadata = { title: 'Filiais' };

export default async function BranchesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('branches');
  const params = listParams.parse(await searchParams);
  const { rows, page, hasMore } = await listBranches(operator, params);
  const canManage = hasRole(operator.role, 'admin');

  return (
    <SearchableList
      title={t('title')}
      description={t('description')}
      create={canManage ? { href: '/console/branches/new', label: t('new') } : null}
      search={{ q: params.q, placeholder: t('search.placeholder'), label: t('search.label') }}
      empty={rows.length ? null : params.q ? t('list.noResults', { q: params.q }) : t('list.empty')}
      columns={[
        { label: t('list.name'), width: 'w-[28%]' },
        { label: t('list.cnpj'), width: 'w-[20%]' },
        { label: t('list.city'), width: 'w-[18%]' },
        { label: t('list.integration'), width: 'w-[34%]' },
      ]}
      testId="branches-table"
      page={page}
      hasMore={hasMore}
    >
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
        
    </SearchableList>
  );
}
