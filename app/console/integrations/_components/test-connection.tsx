'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { testIntegrationConnectionAction } from '../actions';

export function TestConnection({ integrationId }: { integrationId: string }) {
  const t = useTranslations('integrations.test');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      setResult(null);
      const res = await testIntegrationConnectionAction({ integrationId });
      setResult(res.ok ? res.data : { ok: false, message: res.message });
    });
  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {pending ? t('running') : t('button')}
      </Button>
      {result ? (
        <div data-testid="connection-result">
          <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>
        </div>
      ) : null}
    </div>
  );
}
