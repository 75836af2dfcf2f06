'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { ActionButton } from '@/components/console/action-button';
import { resendExpiredEnvelopeAction } from '../actions';

/** "Reenviar como novo documento": one click, then the new envelope opens. */
export function ResendExpiredButton({ envelopeId }: { envelopeId: string }) {
  const t = useTranslations('delivery.envelope');
  const router = useRouter();
  return (
    <ActionButton
      run={() => resendExpiredEnvelopeAction({ envelopeId })}
      label={t('resendExpired')}
      pendingLabel={t('resendingExpired')}
      onDone={(data) => router.push(`/console/envelopes/${data.envelopeId}?reenviado=1`)}
      variant="primary"
    />
  );
}
