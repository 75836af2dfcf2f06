'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/console/action-button';
import { retryJobAction } from '../actions';

/** "Tentar novamente": the job goes back to the queue with a fresh set of attempts. */
export function RetryJobButton({ jobId, label }: { jobId: string; label: string }) {
  const t = useTranslations('delivery.jobs');
  return (
    <ActionButton
      run={() => retryJobAction({ jobId })}
      label={t('retry')}
      pendingLabel={t('retrying')}
      doneLabel={t('queued')}
      size="sm"
      ariaLabel={`${t('retry')}: ${label}`}
    />
  );
}
