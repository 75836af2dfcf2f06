'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { resendEnvelopeMessageAction } from '../actions';

/** "Reenviar" one message of the envelope: a new row, same content and destination. */
export function MessageResendButton({ envelopeId, messageId }: { envelopeId: string; messageId: string }) {
  const t = useTranslations('delivery.messages');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const resend = () =>
    start(async () => {
      setError(null);
      const res = await resendEnvelopeMessageAction({ envelopeId, messageId });
      if (!res.ok) setError(res.message);
      else router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" onClick={resend} disabled={pending}>
        {pending ? t('resending') : t('resend')}
      </Button>
      {error ? (
        <p role="alert" className="max-w-48 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
