import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Pagination } from '@/components/console/pagination';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listTemplates } from '@/lib/contract-templates/list-templates';
import { kindParam } from '@/lib/contract-templates/schemas';
import { formatDate } from '@/lib/format';
import { listParams } from '@/lib/pagination';
import { KindTabs } from './_components/kind-tabs';

export const metadata: Metadata = { title: 'Modelos' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TemplatesPage({ searchParams }: Props) {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('templates');
  const raw = await searchParams;
  const params = listParams.parse(raw);
  const kind = kindParam.parse(raw.kind);
  const { rows, page, hasMore } = await listTemplates(operator, { ...params, kind });
  const canManage = hasRole(operator.role, 'operator');
  const href = (k: string | undefined) => {
    const qs = new URLSearchParams(Object.entries({ kind: k, q: params.q }).filter((e): e is [string, string] => !!e[1]));
    return `/console/templates${qs.size ? `?${qs}` : ''}`;
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage ? (
            <>
              <Button variant="secondary" asChild>
                <Link href="/console/templates/new?kind=term">{t('newTerm')}</Link>
              </Button>
              <Button asChild>
                <Link href="/console/templates/new?kind=contract">{t('newContract')}</Link>
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        <KindTabs
          label={t('list.kind')}
          tabs={[
            { key: 'all', label: t('kindPlural.all'), href: href(undefined), current: !kind },
            { key: 'contract', label: t('kindPlural.contract'), href: href('contract'), current: kind === 'contract' },
            { key: 'term', label: t('kindPlural.term'), href: href('term'), current: kind === 'term' },
          ]}
        />
        <form method="get" role="search" className="mb-2 mt-4 flex gap-2">
          {kind ? <input type="hidden" name="kind" value={kind} /> : null}
          <label htmlFor="q" className="sr-only">
            {t('search.label')}
          </label>
          <Input id="q" name="q" type="search" defaultValue={params.q} placeholder={t('search.placeholder')} className="w-80" />
          <Button type="submit" variant="secondary">
            {t('search.label')}
          </Button>
        </form>
        {rows.length === 0 ? (
          <div className="py-6 text-sm text-slate-600">
            <p>{params.q ? t('list.noResults', { q: params.q }) : t(`list.empty.${kind ?? 'all'}`)}</p>
            {!params.q && canManage ? <p className="mt-1">{t('list.emptyHint')}</p> : null}
          </div>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="templates-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[34%] py-2 pr-4 font-medium">{t('list.name')}</th>
                <th className="w-[16%] py-2 pr-4 font-medium">{t('list.kind')}</th>
                <th className="w-[15%] py-2 pr-4 font-medium">{t('list.format')}</th>
                <th className="w-[15%] py-2 pr-4 font-medium">{t('list.documentType')}</th>
                <th className="w-[10%] py-2 pr-4 font-medium">{t('list.terms')}</th>
                <th className="w-[10%] py-2 font-medium">{t('list.updatedAt')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50" data-testid={`template-${r.name}`}>
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/templates/${r.id}`} className="font-medium text-blue-800 hover:underline" title={r.name}>
                      {r.name}
                    </Link>
                    {!r.active ? (
                      <>
                        {' '}
                        <Badge tone="red">{t('list.inactive')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="py-3 pr-4">
                    <Badge tone={r.kind === 'contract' ? 'blue' : 'green'}>{t(`kind.${r.kind}`)}</Badge>
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-700">
                    {r.format === 'pdf' ? t('list.pages', { count: r.pdfPageCount ?? 0 }) : t('format.markdown')}
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-600">{r.documentTypeName ?? '—'}</td>
                  <td className="py-3 pr-4 text-slate-600">{r.kind === 'contract' ? t('list.termCount', { count: Number(r.termCount) }) : '—'}</td>
                  <td className="py-3 whitespace-nowrap tabular-nums text-slate-600">{formatDate(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} hasMore={hasMore} params={{ kind, q: params.q }} />
      </Card>
    </>
  );
}
