'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { resendExpiredEnvelopeAction } from '../actions';

/** "Reenviar como novo documento": one click, then the new envelope opens. */
export function ResendExpiredButton({ envelopeId }: { envelopeId: string }) {
  const t = useTranslations('delivery.envelope');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const resend = () =>
    start(async () => {
      setError(null);
      const res = await resendExpiredEnvelopeAction({ envelopeId });
      if (!res.ok) return setError(res.message);
      router.push(`/console/envelopes/${res.data.envelopeId}?reenviado=1`);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={resend} disabled={pending}>
        {pending ? t('resendingExpired') : t('resendExpired')}
      </Button>
      {error ? (
        <p role="alert" className="max-w-64 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
