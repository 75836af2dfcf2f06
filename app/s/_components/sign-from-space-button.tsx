'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import { openFromSpaceAction } from '../actions';

/** Opens a pending envelope past its access step (the CPF's code already proved who this is). */
export function SignFromSpaceButton({ recipientId, label }: { recipientId: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        className={bigButton}
        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await openFromSpaceAction({ recipientId });
            if (res && !res.ok) setError(res.message);
          })
        }
      >
        {label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
