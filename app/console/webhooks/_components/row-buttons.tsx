'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { resendDeliveryAction, setWebhookActiveAction } from '../actions';

export function ToggleActiveButton({ id, active }: { id: string; active: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await setWebhookActiveAction({ id, active: !active });
          router.refresh();
        })
      }
    >
      {active ? 'Pausar' : 'Ativar'}
    </Button>
  );
}

export function ResendButton({ id }: { id: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending || done}
      onClick={() =>
        start(async () => {
          const res = await resendDeliveryAction({ id });
          setDone(res.ok);
          router.refresh();
        })
      }
    >
      {done ? 'Reenviado' : 'Reenviar'}
    </Button>
  );
}
