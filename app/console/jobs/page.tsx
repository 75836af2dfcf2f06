import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/console/pagination';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { formatDateTime } from '@/lib/format';
import { listFailedJobs } from '@/lib/jobs/list-failed-jobs';
import { listParams } from '@/lib/pagination';
import { RetryJobButton } from './_components/retry-job-button';

export const metadata: Metadata = { title: 'Tarefas com falha' };

const PAGE_SIZE = 20;

/** Background work that ran out of attempts (or could never succeed), with its error: admins retry it. */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('admin');
  const { page } = listParams.parse(await searchParams);
  const { items, total } = await listFailedJobs(operator, { page, pageSize: PAGE_SIZE });
  const t = await getTranslations('delivery.jobs');
  const typeLabel = (type: string) => {
    const key = `types.${type.replace(/[.:-]/g, '_')}`;
    return t.has(key) ? t(key) : type;
  };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        {items.length === 0 ? (
          <p className="py-6 text-sm text-slate-600">{t('empty')}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="failed-jobs">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[20%] py-2 pr-4 font-medium">{t('type')}</th>
                <th className="w-[14%] py-2 pr-4 font-medium">{t('failedAt')}</th>
                <th className="w-[10%] py-2 pr-4 font-medium">{t('attempts')}</th>
                <th className="py-2 pr-4 font-medium">{t('error')}</th>
                <th className="w-[16%] py-2 font-medium">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((j) => (
                <tr key={j.id} className="align-top" data-testid="failed-job" aria-label={typeLabel(j.type)}>
                  <td className="py-3 pr-4">
                    <span className="block font-medium text-slate-900">{typeLabel(j.type)}</span>
                    <span className="block truncate font-mono text-xs text-slate-500" title={j.type}>
                      {j.type}
                    </span>
                  </td>
                  <td className="py-3 pr-4 tabular-nums text-slate-600">
                    {formatDateTime(j.failedAt)}
                    <span className="block text-xs text-slate-500">{t('createdAt', { date: formatDateTime(j.createdAt) })}</span>
                  </td>
                  <td className="py-3 pr-4 tabular-nums text-slate-700">
                    {j.attempts}/{j.maxAttempts}
                  </td>
                  <td className="py-3 pr-4">
                    <p className="line-clamp-4 text-xs break-words whitespace-pre-wrap text-red-800" title={j.lastError ?? ''}>
                      {j.lastError ?? '—'}
                    </p>
                  </td>
                  <td className="py-3 text-right">
                    <RetryJobButton jobId={j.id} label={typeLabel(j.type)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} hasMore={page * PAGE_SIZE < total} />
      </Card>
    </>
  );
}
