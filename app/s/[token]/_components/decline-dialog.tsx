'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import { declineAction } from '../actions';

/** "Recusar": a required reason (5..500), then the whole envelope is declined. */
export function DeclineDialog({ token, defaultOpen = false }: { token: string; defaultOpen?: boolean }) {
  const t = useTranslations('signer.decline');
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setError(null);
      const res = await declineAction({ token, reason });
      if (!res.ok) return setError(res.fieldErrors?.reason?.[0] ?? res.message);
      router.replace(`/s/${token}`);
      router.refresh();
    });
  };

  return (
    <Dialog.Root defaultOpen={defaultOpen}>
      <Dialog.Trigger asChild>
        <Button type="button" variant="ghost" className="h-12 w-full text-base text-red-800 underline underline-offset-4 hover:bg-red-50">
          {t('open')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content className="fixed inset-x-0 bottom-0 z-50 max-h-[90vh] overflow-y-auto rounded-t-xl bg-white p-5 shadow-xl sm:inset-x-auto sm:left-1/2 sm:top-1/2 sm:bottom-auto sm:w-[28rem] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-1 text-base text-slate-700">{t('intro')}</Dialog.Description>
          <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
            <Field id={id} label={t('reason')} hint={t('reasonHint')} error={error ?? undefined}>
              <Textarea
                id={id}
                name="reason"
                required
                minLength={5}
                maxLength={500}
                value={reason}
                invalid={Boolean(error)}
                aria-describedby={error ? `${id}-error` : `${id}-hint`}
                onChange={(e) => setReason(e.target.value)}
                className="text-base"
              />
            </Field>
            <Button type="submit" variant="danger" className={bigButton} disabled={pending}>
              {pending ? t('confirming') : t('confirm')}
            </Button>
            <Dialog.Close asChild>
              <Button type="button" variant="secondary" className={bigButton}>
                {t('cancel')}
              </Button>
            </Dialog.Close>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
