import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { getEnvelopeTrail } from '@/lib/evidence/get-envelope-trail';
import { getPlatformCertificate } from '@/lib/evidence/platform-certificate';
import { formatDateTime } from '@/lib/format';
import { envelopeTone } from '../../../contracts/_components/envelope-history';
import { ResealButton } from './_components/reseal-button';

export const metadata: Metadata = { title: 'Trilha de evidências' };

type Props = { params: Promise<{ envelopeId: string }> };

/** One envelope's evidence: its documents (original and sealed), every event of the trail, the chain's verdict. */
export default async function EnvelopeTrailPage({ params }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { envelopeId } = await params;
  const [trail, certificate] = await Promise.all([
    getEnvelopeTrail(operator, envelopeId).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
      throw err;
    }),
    getPlatformCertificate().catch(() => null),
  ]);
  const t = await getTranslations('evidence');
  const tc = await getTranslations('contracts');
  const { envelope, documents, recipients, events, chain } = trail;
  const base = `/console/envelopes/${envelope.id}/evidencias`;
  const isAdmin = hasRole(operator.role, 'admin');

  return (
    <>
      <Link href={`/console/envelopes/${envelopeId}`} className="text-sm text-blue-700 hover:underline">
        ← {t('backToEnvelope')}
      </Link>
      <PageHeader
        title={envelope.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={envelopeTone(envelope.status)}>{tc(`envelopeStatus.${envelope.status}`)}</Badge>
            <span>{t('created', { date: formatDateTime(envelope.createdAt) })}</span>
            <span className="font-mono text-xs text-slate-500">{envelope.id}</span>
          </span>
        }
        actions={
          <>
            <Button variant="secondary" asChild>
              <a href={`${base}/trilha.json`}>{t('exportJson')}</a>
            </Button>
            <Button variant="secondary" asChild>
              <a href={`${base}/trilha.pdf`}>{t('exportPdf')}</a>
            </Button>
            {isAdmin && envelope.status === 'sealing' ? <ResealButton envelopeId={envelope.id} /> : null}
          </>
        }
      />
      <div className="space-y-5">
        {certificate?.selfSigned && isAdmin ? <Alert tone="warning">{t('selfSigned')}</Alert> : null}
        {envelope.status === 'sealing' ? <Alert tone="info">{t('sealing')}</Alert> : null}
        <Alert tone={chain.ok ? 'success' : 'error'}>
          {chain.ok ? t('chain.ok', { count: chain.events }) : t('chain.broken', { seq: chain.brokenAtSeq, reason: chain.reason })}
        </Alert>

        <Card title={t('documents.title')}>
          <ul className="divide-y divide-slate-100" data-testid="trail-documents">
            {documents.map((d) => (
              <li key={d.id} className="grid gap-2 py-3 lg:grid-cols-[1fr_auto] lg:items-center">
                <div className="min-w-0 space-y-1 text-sm">
                  <p className="font-medium text-slate-900">
                    {d.name} <span className="font-normal text-slate-500">· {d.pageCount} pág.</span>
                  </p>
                  <p className="text-xs text-slate-600">
                    {t('documents.original')}: <span className="break-all font-mono">{d.sha256}</span>
                  </p>
                  <p className="text-xs text-slate-600">
                    {t('documents.sealed')}: {d.sealedSha256 ? <span className="break-all font-mono">{d.sealedSha256}</span> : <em>{t('documents.notSealed')}</em>}
                  </p>
                  {d.verificationCode ? (
                    <p className="text-xs text-slate-600">
                      {t('documents.code')}:{' '}
                      <Link href={`/verificar/${d.verificationCode}`} className="font-mono text-blue-700 hover:underline">
                        {d.verificationCode}
                      </Link>
                    </p>
                  ) : null}
                </div>
                <div className="flex gap-2">
                  <Button variant="secondary" size="sm" asChild>
                    <a href={`${base}/documentos/${d.id}?versao=original`}>{t('documents.downloadOriginal')}</a>
                  </Button>
                  {d.sealedSha256 ? (
                    <Button size="sm" asChild>
                      <a href={`${base}/documentos/${d.id}`}>{t('documents.downloadSealed')}</a>
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </Card>

        <Card title={t('signers.title')}>
          <ul className="flex flex-wrap gap-2 text-sm">
            {recipients.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 px-3 py-1.5">
                <span className="font-medium text-slate-900">{r.name}</span>
                <span className="text-slate-500">
                  {' '}
                  · {tc(`history.roles.${r.role}`)} · {tc(`history.recipientStatus.${r.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </Card>

        <Card title={t('events.title')}>
          {events.length === 0 ? (
            <p className="text-sm text-slate-600">{t('events.empty')}</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm" data-testid="trail-events">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="w-10 py-2 pr-2 font-medium">{t('events.seq')}</th>
                  <th className="w-40 py-2 pr-3 font-medium">{t('events.when')}</th>
                  <th className="py-2 pr-3 font-medium">{t('events.event')}</th>
                  <th className="w-44 py-2 pr-3 font-medium">{t('events.who')}</th>
                  <th className="w-48 py-2 pr-3 font-medium">
                    {t('events.ip')} / {t('events.device')}
                  </th>
                  <th className="w-24 py-2 font-medium">{t('events.hash')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.map((e) => (
                  <tr key={e.seq} className={!chain.ok && chain.brokenAtSeq === e.seq ? 'bg-red-50' : undefined} data-testid="trail-event">
                    <td className="py-2 pr-2 align-top text-slate-500">{e.seq}</td>
                    <td className="py-2 pr-3 align-top whitespace-nowrap text-slate-700">{formatDateTime(e.occurredAt)}</td>
                    <td className="py-2 pr-3 align-top text-slate-900">
                      {e.label}
                      <span className="block font-mono text-[11px] text-slate-400">{e.type}</span>
                    </td>
                    <td className="truncate py-2 pr-3 align-top text-slate-700" title={e.actor ?? undefined}>
                      {e.actor ?? '—'}
                    </td>
                    <td className="py-2 pr-3 align-top text-slate-700">
                      <span className="block truncate font-mono text-xs">{e.ip ?? '—'}</span>
                      {e.device ? (
                        <span className="block truncate text-xs text-slate-500" title={e.userAgent ?? undefined}>
                          {e.device}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 align-top font-mono text-xs text-slate-500" title={e.hash}>
                      {e.hash.slice(0, 10)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {certificate ? <p className="mt-3 text-xs text-slate-500">{t('certificate', { subject: certificate.subject })}</p> : null}
        </Card>
      </div>
    </>
  );
}
