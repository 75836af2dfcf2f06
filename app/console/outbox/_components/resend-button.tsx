'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { resendMessageAction } from '../actions';

/** "Tentar novamente": queues the message again; a refusal is shown in place with its reason. */
export function ResendButton({ messageId }: { messageId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();

  const resend = () =>
    start(async () => {
      setError(null);
      const res = await resendMessageAction({ messageId });
      if (!res.ok) {
        setError(res.message);
        return;
      }
      setDone(true);
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" onClick={resend} disabled={pending || done}>
        {done ? 'Na fila' : pending ? 'Enviando…' : 'Tentar novamente'}
      </Button>
      {error ? (
        <p role="alert" className="max-w-48 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
