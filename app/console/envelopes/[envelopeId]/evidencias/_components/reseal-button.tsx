'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { resealEnvelopeAction } from '../actions';

export function ResealButton({ envelopeId }: { envelopeId: string }) {
  const t = useTranslations('evidence');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const reseal = () =>
    start(async () => {
      setError(null);
      const res = await resealEnvelopeAction({ envelopeId });
      if (!res.ok) return setError(res.message);
      setDone(true);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" onClick={reseal} disabled={pending || done}>
        {done ? t('resealed') : pending ? t('resealing') : t('reseal')}
      </Button>
      {error ? (
        <p role="alert" className="max-w-64 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
