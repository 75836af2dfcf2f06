'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { retryJobAction } from '../actions';

/** "Tentar novamente": the job goes back to the queue with a fresh set of attempts. */
export function RetryJobButton({ jobId, label }: { jobId: string; label: string }) {
  const t = useTranslations('delivery.jobs');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const retry = () =>
    start(async () => {
      setError(null);
      const res = await retryJobAction({ jobId });
      if (!res.ok) return setError(res.message);
      setDone(true);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" onClick={retry} disabled={pending || done} aria-label={`${t('retry')}: ${label}`}>
        {done ? t('queued') : pending ? t('retrying') : t('retry')}
      </Button>
      {error ? (
        <p role="alert" className="max-w-48 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
