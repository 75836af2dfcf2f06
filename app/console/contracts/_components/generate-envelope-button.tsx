'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { generateContractEnvelopeAction } from '../actions';

/** "Gerar novo documento de assinatura digital", after a confirmation; a refusal is shown with its reason. */
export function GenerateEnvelopeButton({ contractId }: { contractId: string }) {
  const t = useTranslations('contracts.generate');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const confirm = () =>
    start(async () => {
      const res = await generateContractEnvelopeAction({ contractId });
      if (!res.ok) {
        setError(res.message);
        return;
      }
      setOpen(false);
      router.push(`/console/contracts/${contractId}?aba=historico&gerado=1`);
    });

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button>{t('button')}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600">{t('body')}</Dialog.Description>
          {error ? (
            <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
              {error}
            </p>
          ) : null}
          <div className="mt-6 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">{t('cancel')}</Button>
            </Dialog.Close>
            <Button onClick={confirm} disabled={pending}>
              {pending ? t('generating') : t('confirm')}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
