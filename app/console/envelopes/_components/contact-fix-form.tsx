'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { updateRecipientContactInput } from '@/lib/envelopes/schemas';
import { updateRecipientContactAction } from '../actions';

/** "Corrigir contato e reenviar": opens in place under the signer's row. */
export function ContactFixForm(props: { envelopeId: string; recipientId: string; name: string; email: string | null; phone: string | null }) {
  const t = useTranslations('delivery.contact');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm(updateRecipientContactInput, updateRecipientContactAction, {
    defaultValues: { envelopeId: props.envelopeId, recipientId: props.recipientId, email: props.email ?? '', phone: props.phone ?? '' },
    onSuccess: (data) => {
      setDone(data.linkRevoked ? t('doneRevoked') : t('done'));
      setOpen(false);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  if (!open) {
    return (
      <div className="flex flex-col items-end gap-1">
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)} aria-label={t('openFor', { name: props.name })}>
          {t('open')}
        </Button>
        {done ? <p className="text-xs text-green-800">{done}</p> : null}
      </div>
    );
  }
  const id = (f: string) => `contact-${props.recipientId}-${f}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-left" aria-label={t('formFor', { name: props.name })}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={id('email')} label={t('email')} error={errors.email?.message as string | undefined}>
        <Input id={id('email')} type="email" autoComplete="off" invalid={!!errors.email} {...form.register('email')} />
      </Field>
      <Field id={id('phone')} label={t('phone')} error={errors.phone?.message as string | undefined}>
        <Input id={id('phone')} type="tel" autoComplete="off" invalid={!!errors.phone} {...form.register('phone')} />
      </Field>
      <p className="text-xs text-slate-600">{t('hint')}</p>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t('saving') : t('submit')}
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
