import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { formatDateTime } from '@/lib/format';
import { listIdentityReviews } from '@/lib/identity/list-identity-reviews';
import { identityReviewFilter } from '@/lib/identity/schemas';

export const metadata: Metadata = { title: 'Análise de identidade' };

export default async function IdentityReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('operator');
  const { situacao } = identityReviewFilter.parse(await searchParams);
  const t = await getTranslations('identityReviews');
  const tc = await getTranslations('identity.checks');
  const rows = await listIdentityReviews(operator, situacao);
  const pending = situacao === 'pendentes';

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <nav aria-label={t('title')} className="mb-4 flex gap-2">
        {(['pendentes', 'analisadas'] as const).map((tab) => (
          <Link
            key={tab}
            href={`/console/identity-reviews?situacao=${tab}`}
            aria-current={tab === situacao ? 'page' : undefined}
            className={cn('rounded-md border px-3 py-1.5 text-sm font-medium', tab === situacao ? 'border-blue-700 bg-blue-50 text-blue-900' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50')}
          >
            {t(`tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <Card>
        {rows.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600">{t(`empty.${situacao}`)}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[22%] py-2 pr-4 font-medium">{t('columns.signer')}</th>
                <th className="w-[26%] py-2 pr-4 font-medium">{t('columns.envelope')}</th>
                <th className="w-[16%] py-2 pr-4 font-medium">{t('columns.requestedAt')}</th>
                <th className="w-[24%] py-2 pr-4 font-medium">{pending ? t('columns.failed') : t('columns.decision')}</th>
                <th className="w-[12%] py-2 font-medium">
                  <span className="sr-only">{t('columns.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="break-words py-3 pr-4 font-medium text-slate-900">{r.recipientName}</td>
                  <td className="break-words py-3 pr-4 text-slate-700">{r.envelopeName}</td>
                  <td className="py-3 pr-4 text-slate-700">{formatDateTime(r.reviewRequestedAt)}</td>
                  <td className="py-3 pr-4 text-slate-700">
                    {pending ? (
                      r.lastChecks
                        .filter((c) => !c.passed)
                        .map((c) => tc(c.check))
                        .join(', ')
                    ) : (
                      <Badge tone={r.status === 'approved' ? 'green' : 'red'}>{t(`status.${r.status as 'approved' | 'rejected'}`)}</Badge>
                    )}
                  </td>
                  <td className="py-3 text-right">
                    <Link href={`/console/identity-reviews/${r.id}`} className="font-medium text-blue-700 underline-offset-4 hover:underline" aria-label={`${t('open')}: ${r.recipientName}`}>
                      {t('open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
