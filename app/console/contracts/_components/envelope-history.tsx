import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import type { listContractEnvelopes } from '@/lib/envelopes/list-contract-envelopes';
import { formatDateTime } from '@/lib/format';
import { providerLabel } from '@/lib/integrations/providers';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';
import { CopyLinkButton } from './copy-link-button';

type Envelope = Awaited<ReturnType<typeof listContractEnvelopes>>[number];

export function envelopeKind(origin: string): 'contract' | 'term' | 'service_order' {
  return origin === 'standalone_term' ? 'term' : origin === 'service_order' ? 'service_order' : 'contract';
}

export function envelopeTone(status: string): 'neutral' | 'green' | 'red' | 'blue' {
  if (status === 'completed' || status === 'sealing') return 'green';
  if (status === 'declined' || status === 'expired' || status === 'cancelled') return 'red';
  if (status === 'sent' || status === 'partially_signed') return 'blue';
  return 'neutral';
}

/** "Histórico de assinaturas digitais": every envelope of the contract; "Informações adicionais" lists each signer. */
/** Signer links open the signing itself: shown to operators and above, not to read-only viewers. */
export async function EnvelopeHistory({ envelopes, openId, showLinks }: { envelopes: Envelope[]; openId?: string; showLinks: boolean }) {
  const t = await getTranslations('contracts');
  if (envelopes.length === 0) return <p className="text-sm text-slate-600">{t('history.empty')}</p>;
  return (
    <ol className="space-y-4">
      {envelopes.map((e) => (
        <li key={e.id} data-testid="envelope" data-envelope-id={e.id} aria-label={e.name} className="rounded-md border border-slate-200">
          <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-4 py-3">
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900" title={e.name}>
                {e.name}
              </p>
              <p className="mt-0.5 text-xs text-slate-500">
                {t(`history.origin.${e.origin}`)} · {e.documents.map((d) => d.name).join(' · ')}
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              <Link href={`/console/envelopes/${e.id}`} className="text-sm text-blue-700 hover:underline">
                {t('history.openEnvelope')}
              </Link>
              <Badge tone="neutral">{t(`history.kind.${envelopeKind(e.origin)}`)}</Badge>
              <Badge tone={envelopeTone(e.status)}>{t(`envelopeStatus.${e.status}`)}</Badge>
            </div>
          </div>
          <dl className="grid gap-x-6 gap-y-2 px-4 py-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {[
              ['createdAt', formatDateTime(e.createdAt)],
              ['sentAt', formatDateTime(e.sentAt)],
              ['completedAt', formatDateTime(e.completedAt)],
              ['expiresAt', formatDateTime(e.expiresAt)],
            ].map(([key, value]) => (
              <div key={key}>
                <dt className="text-xs uppercase tracking-wide text-slate-500">{t(`history.${key}`)}</dt>
                <dd className="tabular-nums text-slate-800">{value}</dd>
              </div>
            ))}
            <div className="sm:col-span-2 lg:col-span-4">
              <dt className="inline text-xs uppercase tracking-wide text-slate-500">{t('history.integration')}: </dt>
              <dd className="inline text-slate-800">
                {t('history.integrationValue', {
                  description: e.integrationDescription ?? '—',
                  provider: providerLabel(e.provider),
                  environment: t(`environment.${e.environment}`),
                })}
              </dd>
            </div>
          </dl>
          <details className="group border-t border-slate-100" open={openId === e.id}>
            <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-blue-700 hover:bg-slate-50">{t('history.more')}</summary>
            <div className="overflow-x-auto px-4 pb-4">
              <table className="w-full text-left text-sm" data-testid="envelope-recipients">
                <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th className="py-2 pr-4 font-medium">{t('history.signer')}</th>
                    <th className="py-2 pr-4 font-medium">{t('history.contact')}</th>
                    <th className="py-2 pr-4 font-medium">{t('history.cpf')}</th>
                    <th className="py-2 pr-4 font-medium">{t('history.signerStatus')}</th>
                    <th className="py-2 font-medium">{t('history.link')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {e.recipients.map((r) => (
                    <tr key={r.id} data-testid="recipient" aria-label={r.name} className="align-top">
                      <td className="py-2 pr-4">
                        <span className="block font-medium text-slate-900">{r.name}</span>
                        <span className="block text-xs text-slate-500">{t(`history.roles.${r.role}`)}</span>
                        {r.documentNumber ? (
                          <span className="block text-xs text-slate-700">
                            {t('history.documentNumber', { label: r.documentNumber.label, number: r.documentNumber.number })}
                          </span>
                        ) : null}
                        {r.attachmentRequests.length ? (
                          <div className="mt-1 text-xs" data-testid="recipient-attachments">
                            <span className="font-medium text-slate-600">{t('history.attachments')}:</span>
                            <ul className="space-y-0.5">
                              {r.attachmentRequests.map((a) => {
                                const file = r.attachments.find((f) => f.requestId === a.id);
                                return (
                                  <li key={a.id}>
                                    {file ? (
                                      <a href={`/console/envelopes/${e.id}/attachments/${file.id}`} className="text-blue-700 hover:underline" download>
                                        {a.name} ({file.fileName})
                                      </a>
                                    ) : (
                                      <span className="text-slate-500">
                                        {a.name} — {a.required ? t('history.attachmentMissingRequired') : t('history.attachmentMissing')}
                                      </span>
                                    )}
                                  </li>
                                );
                              })}
                            </ul>
                          </div>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4 text-slate-700">
                        {r.email ? <span className="block break-all">{r.email}</span> : null}
                        {r.phone ? <span className="block tabular-nums">{formatPhone(r.phone)}</span> : null}
                        {!r.email && !r.phone ? '—' : null}
                      </td>
                      <td className="whitespace-nowrap py-2 pr-4 tabular-nums text-slate-700">{r.cpf ? formatTaxId(r.cpf) : '—'}</td>
                      <td className="py-2 pr-4">
                        <Badge tone={r.status === 'signed' ? 'green' : r.status === 'declined' ? 'red' : 'neutral'}>{t(`history.recipientStatus.${r.status}`)}</Badge>
                        {r.signedAt ? <span className="block text-xs tabular-nums text-slate-500">{formatDateTime(r.signedAt)}</span> : null}
                      </td>
                      <td className="py-2">
                        {showLinks ? (
                        <div className="flex items-center gap-2">
                          <a href={r.url} className="max-w-56 truncate text-xs text-blue-700 hover:underline" title={r.url} target="_blank" rel="noreferrer" data-testid="signer-link">
                            {r.url}
                          </a>
                          <CopyLinkButton url={r.url} label={t('history.copy')} copiedLabel={t('history.copied')} />
                        </div>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
