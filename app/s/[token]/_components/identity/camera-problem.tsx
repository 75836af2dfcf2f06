'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import type { CameraProblem } from './camera-view';

/** No camera, or permission denied: say so plainly and offer to continue on another device. */
export function CameraProblemPanel({ token, problem, onRetry }: { token: string; problem: CameraProblem; onRetry: () => void }) {
  const t = useTranslations('identity.camera');
  return (
    <section aria-labelledby="camera-problem-title" className="space-y-3">
      <h2 id="camera-problem-title" className="text-lg font-semibold text-slate-900">
        {t('deniedTitle')}
      </h2>
      <Alert tone="warning">{problem === 'denied' ? t('denied') : t('unavailable')}</Alert>
      <h3 className="text-base font-semibold text-slate-900">{t('otherDevice')}</h3>
      <p className="text-base text-slate-700">{t('qrHint')}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG our server draws for this link */}
      <img src={`/s/${token}/identity/qr`} alt={t('qrAlt')} width={220} height={220} className="mx-auto block h-56 w-56 rounded-md border border-slate-200 bg-white p-1" />
      <Button type="button" variant="secondary" className={bigButton} onClick={onRetry}>
        {t('retry')}
      </Button>
    </section>
  );
}
