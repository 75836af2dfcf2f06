import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { getIdentityReview } from '@/lib/identity/get-identity-review';
import { DecisionForm } from '../_components/decision-form';

export const metadata: Metadata = { title: 'Análise de identidade' };

const fmt = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 3 });
const show = (v: number | string | null) => (v === null ? '—' : typeof v === 'number' ? fmt.format(v) : v);

export default async function IdentityReviewPage({ params }: { params: Promise<{ proofId: string }> }) {
  const operator = await requireOperatorPage('operator');
  const { proofId } = await params;
  const t = await getTranslations('identityReviews');
  const tc = await getTranslations('identity.checks');
  let review;
  try {
    review = await getIdentityReview(operator, proofId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
  const images = [
    { key: 'selfie', label: t('selfie'), present: review.images.selfie },
    { key: 'documento', label: t('document'), present: review.images.document },
    ...(review.images.document_back ? [{ key: 'verso', label: t('documentBack'), present: true }] : []),
  ];

  return (
    <>
      <PageHeader
        title={t('detailTitle', { name: review.recipient.name })}
        description={review.envelopeName}
        actions={
          <Link href="/console/identity-reviews" className="text-sm font-medium text-blue-700 underline-offset-4 hover:underline">
            {t('back')}
          </Link>
        }
      />
      {review.imagesDeletedAt ? (
        <div className="mb-4">
          <Alert tone="info">{t('imagesDeleted', { date: formatDateTime(review.imagesDeletedAt) })}</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-[1fr_1fr_1fr] gap-4">
        {images.map((img) => (
          <figure key={img.key} className="rounded-lg border border-slate-200 bg-white p-3">
            <figcaption className="mb-2 text-sm font-semibold text-slate-800">{img.label}</figcaption>
            {img.present ? (
              // eslint-disable-next-line @next/next/no-img-element -- decrypted per request for this reviewer, never optimised or cached
              <img src={`/console/identity-reviews/${review.id}/images/${img.key}`} alt={img.label} className="h-64 w-full rounded bg-slate-100 object-contain" />
            ) : (
              <p className="flex h-64 items-center justify-center rounded bg-slate-50 text-sm text-slate-500">{t('noImage')}</p>
            )}
          </figure>
        ))}
        <section aria-labelledby="ocr-title" className="rounded-lg border border-slate-200 bg-white p-3">
          <h2 id="ocr-title" className="mb-2 text-sm font-semibold text-slate-800">
            {t('ocrText')}
          </h2>
          <pre className="h-64 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">{review.ocrText || t('noOcr')}</pre>
        </section>
      </div>

      <div className="mt-6 grid grid-cols-2 gap-6">
        <Card title={t('registered')}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t('name')}</dt>
            <dd className="font-medium text-slate-900">{review.recipient.name}</dd>
            <dt className="text-slate-500">{t('cpf')}</dt>
            <dd className="font-mono text-slate-900">{review.recipient.cpf ?? '—'}</dd>
            <dt className="text-slate-500">{t('email')}</dt>
            <dd className="text-slate-900">{review.recipient.email ?? '—'}</dd>
          </dl>
        </Card>
        <Card title={t('checks')}>
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-1 pr-3 font-medium">{t('check')}</th>
                <th className="py-1 pr-3 font-medium">{t('result')}</th>
                <th className="py-1 pr-3 font-medium">{t('score')}</th>
                <th className="py-1 font-medium">{t('threshold')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {review.checks.map((c) => (
                <tr key={c.check}>
                  <td className="py-1.5 pr-3 text-slate-800">{tc(c.check)}</td>
                  <td className="py-1.5 pr-3">
                    <Badge tone={c.passed ? 'green' : 'red'}>{c.passed ? t('pass') : t('fail')}</Badge>
                  </td>
                  <td className="py-1.5 pr-3 font-mono text-slate-800">{show(c.score)}</td>
                  <td className="py-1.5 font-mono text-slate-800">{show(c.threshold)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>

      <div className="mt-6">
        {review.status === 'manual_review' ? (
          <DecisionForm proofId={review.id} />
        ) : (
          <Alert tone={review.status === 'approved' ? 'success' : 'warning'}>
            {t('decidedBy', {
              decision: review.status === 'approved' ? t('approved') : t('rejected'),
              who: review.reviewerName ?? '—',
              date: formatDateTime(review.reviewedAt),
            })}
            {review.reviewReason ? ` — ${review.reviewReason}` : ''}
          </Alert>
        )}
      </div>
    </>
  );
}
