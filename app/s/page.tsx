import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { DownloadLink } from '@/components/signer/download-link';
import { Badge } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import { listSpaceEnvelopes, type SpaceEnvelope } from '@/lib/signer-space/list-space-envelopes';
import { SPACE_SESSION_COOKIE, verifySpaceSession } from '@/lib/signer-space/space-session';
import { now } from '@/lib/clock';
import { leaveSpaceAction } from './actions';
import { SignFromSpaceButton } from './_components/sign-from-space-button';
import { SpaceLogin } from './_components/space-login';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Espaço do Signatário' };

/** Espaço do Signatário: CPF and a code, then every document sent to that CPF here. */
export default async function SignerSpacePage() {
  const t = await getTranslations('signer.space');
  const value = (await cookies()).get(SPACE_SESSION_COOKIE)?.value;
  if (!verifySpaceSession(value, now())) {
    return (
      <section aria-labelledby="space-title" className="space-y-4">
        <h1 id="space-title" className="text-xl font-semibold text-slate-900">
          {t('title')}
        </h1>
        <p className="text-base text-slate-700">{t('intro')}</p>
        <SpaceLogin />
      </section>
    );
  }
  const items = await listSpaceEnvelopes(value);
  return (
    <section aria-labelledby="space-title" className="space-y-4">
      <div className="flex items-start justify-between gap-3">
        <h1 id="space-title" className="text-xl font-semibold text-slate-900">
          {t('listTitle')}
        </h1>
        <form action={leaveSpaceAction}>
          <button type="submit" className="min-h-11 rounded-md px-3 text-base font-medium text-blue-800 underline underline-offset-4 hover:bg-blue-50">
            {t('leave')}
          </button>
        </form>
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-base text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <SpaceItem key={item.recipientId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Tone = 'neutral' | 'green' | 'red' | 'blue';

async function SpaceItem({ item }: { item: SpaceEnvelope }) {
  const t = await getTranslations('signer.space');
  const status: { label: string; tone: Tone } =
    item.recipientStatus === 'declined' || item.envelopeStatus === 'declined'
      ? { label: t('status.declined'), tone: 'red' }
      : item.envelopeStatus === 'cancelled'
        ? { label: t('status.cancelled'), tone: 'neutral' }
        : item.envelopeStatus === 'completed' || item.envelopeStatus === 'sealing'
          ? { label: t('status.completed'), tone: 'green' }
          : item.envelopeStatus === 'expired' || (item.recipientStatus !== 'signed' && !item.canSign && item.action !== 'copy')
            ? { label: t('status.expired'), tone: 'neutral' }
            : item.recipientStatus === 'signed'
              ? { label: t('status.waitingOthers'), tone: 'blue' }
              : item.action === 'copy'
                ? { label: t('status.copy'), tone: 'blue' }
                : { label: t('status.pending'), tone: 'blue' };
  const headingId = `env-${item.recipientId}`;
  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="space-y-1">
        <Badge tone={status.tone}>{status.label}</Badge>
        <h2 id={headingId} className="break-words text-base font-semibold text-slate-900">
          {item.envelopeName}
        </h2>
        <p className="text-sm text-slate-600">{t('sentBy', { sender: item.sender })}</p>
      </div>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t('sentAt')}</dt>
        <dd className="text-slate-900">{formatDate(item.sentAt)}</dd>
        {item.signedAt ? (
          <>
            <dt className="text-slate-600">{t('signedAt')}</dt>
            <dd className="text-slate-900">{formatDate(item.signedAt)}</dd>
          </>
        ) : null}
        {item.declinedAt ? (
          <>
            <dt className="text-slate-600">{t('declinedAt')}</dt>
            <dd className="text-slate-900">{formatDate(item.declinedAt)}</dd>
          </>
        ) : null}
        {item.completedAt ? (
          <>
            <dt className="text-slate-600">{t('completedAt')}</dt>
            <dd className="text-slate-900">{formatDate(item.completedAt)}</dd>
          </>
        ) : item.canSign ? (
          <>
            <dt className="text-slate-600">{t('deadline')}</dt>
            <dd className="text-slate-900">{formatDate(item.expiresAt)}</dd>
          </>
        ) : null}
      </dl>
      {item.canSign ? <SignFromSpaceButton recipientId={item.recipientId} label={t('sign')} /> : null}
      {item.documents.some((d) => d.downloadable) ? (
        <ul className="space-y-2" aria-label={t('files')}>
          {item.documents.map((d) => (
            <li key={d.id}>
              <DownloadLink href={`/s/arquivos/${item.recipientId}/${d.id}`} name={d.name} label={d.sealed ? t('downloadSigned') : t('downloadOriginal')} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
