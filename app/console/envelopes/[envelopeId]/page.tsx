import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getEnvelope } from '@/lib/envelopes/get-envelope';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { providerLabel } from '@/lib/integrations/providers';
import { channelLabels } from '@/lib/notify/channel';
import { listEnvelopeMessages } from '@/lib/notify/list-messages';
import { messageStatusLabels, transportLabels } from '@/lib/notify/schemas';
import { formatPhone } from '@/lib/people/phone';
import { z } from '@/lib/validation';
import { envelopeTone } from '../../contracts/_components/envelope-history';
import { ContactFixForm } from '../_components/contact-fix-form';
import { MessageResendButton } from '../_components/message-resend-button';
import { ResendExpiredButton } from '../_components/resend-expired-button';

export const metadata: Metadata = { title: 'Envelope' };

const OPEN = new Set(['sent', 'partially_signed']);
const messageTone = { queued: 'neutral', sent: 'green', failed: 'red', bounced: 'red' } as const;

/** One envelope: its recipients (fix a contact and resend) and every message sent for it. */
export default async function EnvelopePage({ params, searchParams }: { params: Promise<{ envelopeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperatorPage('viewer');
  const { envelopeId } = await params;
  if (!z.uuid().safeParse(envelopeId).success) notFound();
  const envelope = await getEnvelope(operator, envelopeId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const messages = await listEnvelopeMessages(operator, envelope.id);
  const t = await getTranslations('delivery');
  const tc = await getTranslations('contracts');
  const te = await getTranslations('evidence');
  const canManage = hasRole(operator.role, 'operator');
  const open = OPEN.has(envelope.status);
  const resent = (await searchParams).reenviado === '1';

  return (
    <>
      <Link href="/console/envelopes" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('envelope.back')}
      </Link>
      <PageHeader
        title={envelope.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={envelopeTone(envelope.status)}>{tc(`envelopeStatus.${envelope.status}`)}</Badge>
            {envelope.environment === 'sandbox' ? <Badge tone="neutral">{tc('environment.sandbox')}</Badge> : null}
            {envelope.contractId && envelope.contractNumber ? (
              <Link href={`/console/contracts/${envelope.contractId}?aba=historico&aberto=${envelope.id}`} className="text-blue-700 hover:underline">
                {t('envelope.contract', { number: envelope.contractNumber })}
              </Link>
            ) : null}
            {envelope.customerName ? <span className="text-slate-600">· {envelope.customerName}</span> : null}
          </span>
        }
        actions={
          <>
            <Button variant="secondary" asChild>
              <Link href={`/console/envelopes/${envelope.id}/evidencias`}>{te('title')}</Link>
            </Button>
            {canManage && envelope.status === 'expired' ? <ResendExpiredButton envelopeId={envelope.id} /> : null}
          </>
        }
      />
      {resent ? (
        <div className="mb-6">
          <Alert tone="success">{t('envelope.resent')}</Alert>
        </div>
      ) : null}
      {envelope.status === 'expired' ? (
        <div className="mb-6">
          <Alert tone="warning">{t('envelope.expiredNote')}</Alert>
        </div>
      ) : null}

      <div className="space-y-6">
        <Card title={t('envelope.details')}>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {[
              [t('envelope.sentAt'), formatDateTime(envelope.sentAt)],
              [t('envelope.expiresAt'), formatDateTime(envelope.expiresAt)],
              [t('envelope.completedAt'), formatDateTime(envelope.completedAt)],
              [t('envelope.branch'), envelope.branchName ?? '—'],
              [t('envelope.integration'), `${envelope.integrationDescription ?? '—'} · ${providerLabel(envelope.provider)}`],
              [t('envelope.documents'), envelope.documents.map((d) => d.name).join(' · ')],
            ].map(([label, value]) => (
              <div key={label} className={label === t('envelope.documents') ? 'sm:col-span-2' : undefined}>
                <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
                <dd className="text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>

        <Card title={t('envelope.recipients')} description={t('envelope.recipientsDescription')}>
          <table className="w-full text-left text-sm" data-testid="envelope-recipients">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">{tc('history.signer')}</th>
                <th className="py-2 pr-4 font-medium">{t('envelope.order')}</th>
                <th className="py-2 pr-4 font-medium">{t('envelope.channel')}</th>
                <th className="py-2 pr-4 font-medium">{t('envelope.contact')}</th>
                <th className="py-2 pr-4 font-medium">{t('envelope.status')}</th>
                <th className="py-2 text-right font-medium">
                  <span className="sr-only">{t('envelope.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {envelope.recipients.map((r) => (
                <tr key={r.id} data-testid="recipient" aria-label={r.name} className="align-top">
                  <td className="py-3 pr-4">
                    <span className="block font-medium text-slate-900">{r.name}</span>
                    <span className="block text-xs text-slate-500">
                      {tc(`history.roles.${r.role}`)}
                      {r.action === 'copy' ? ` · ${t('envelope.copy')}` : null}
                    </span>
                  </td>
                  <td className="py-3 pr-4 tabular-nums text-slate-700">{r.signingOrder}</td>
                  <td className="py-3 pr-4 text-slate-700">{t(`envelope.channels.${r.deliveryChannel}`)}</td>
                  <td className="py-3 pr-4 text-slate-700">
                    {r.email ? <span className="block break-all">{r.email}</span> : null}
                    {r.phone ? <span className="block tabular-nums">{formatPhone(r.phone)}</span> : null}
                    {!r.email && !r.phone ? '—' : null}
                  </td>
                  <td className="py-3 pr-4">
                    <Badge tone={r.status === 'signed' ? 'green' : r.status === 'declined' ? 'red' : 'neutral'}>{tc(`history.recipientStatus.${r.status}`)}</Badge>
                  </td>
                  <td className="py-3 text-right">
                    {canManage && open && r.action !== 'copy' && r.status !== 'signed' && r.status !== 'declined' ? (
                      <ContactFixForm envelopeId={envelope.id} recipientId={r.id} name={r.name} email={r.email} phone={r.phone} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>

        <Card title={t('messages.title')} description={t('messages.description')}>
          {messages.length === 0 ? (
            <p className="py-4 text-sm text-slate-600">{t('messages.empty')}</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm" data-testid="envelope-messages">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="w-[13%] py-2 pr-3 font-medium">{t('messages.when')}</th>
                  <th className="w-[17%] py-2 pr-3 font-medium">{t('messages.to')}</th>
                  <th className="w-[24%] py-2 pr-3 font-medium">{t('messages.template')}</th>
                  <th className="w-[14%] py-2 pr-3 font-medium">{t('messages.status')}</th>
                  <th className="w-[20%] py-2 pr-3 font-medium">{t('messages.lastError')}</th>
                  <th className="w-[12%] py-2 font-medium">
                    <span className="sr-only">{t('envelope.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {messages.map((m) => (
                  <tr key={m.id} className="align-top" data-testid="message" data-status={m.status}>
                    <td className="py-3 pr-3 text-slate-600 tabular-nums">{formatDateTime(m.createdAt)}</td>
                    <td className="py-3 pr-3">
                      <span className="block font-medium text-slate-800">{channelLabels[m.channel]}</span>
                      <span className="block truncate tabular-nums text-slate-600" title={m.toMasked}>
                        {m.toMasked}
                      </span>
                    </td>
                    <td className="py-3 pr-3">
                      <span className="block truncate text-slate-800" title={m.subject ?? m.templateName ?? ''}>
                        {m.subject ?? m.templateName ?? '—'}
                      </span>
                      {m.subject && m.templateName ? <span className="block truncate text-xs text-slate-500">{m.templateName}</span> : null}
                      {m.resentFromId ? <span className="block text-xs text-slate-500">{t('messages.resentFrom')}</span> : null}
                    </td>
                    <td className="py-3 pr-3">
                      <Badge tone={messageTone[m.status]}>{messageStatusLabels[m.status]}</Badge>
                      <span className="mt-1 block text-xs text-slate-500">
                        {t('messages.attempts', { count: m.attempts })}
                        {m.transport ? ` · ${t('messages.via', { transport: transportLabels[m.transport] ?? m.transport })}` : null}
                      </span>
                      {m.providerId ? (
                        <span className="block truncate font-mono text-xs text-slate-500" title={`${t('messages.provider')}: ${m.providerId}`}>
                          {m.providerId}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-3 pr-3 text-xs break-words text-slate-600">{m.lastError ?? '—'}</td>
                    <td className="py-3 text-right">
                      {canManage && m.status !== 'queued' ? <MessageResendButton envelopeId={envelope.id} messageId={m.id} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </>
  );
}
