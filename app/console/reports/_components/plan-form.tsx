'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { updatePlanInput } from '@/lib/billing/schemas';
import { updatePlanAction } from '../actions';

type Values = { documentsPerPeriod: string; periodStartDay: string; overagePrice: string; addWhatsappCredits: string; addSmsCredits: string };

/** Plano e créditos: the package, and credits to add (admins). */
export function PlanForm({ values }: { values: Values }) {
  const t = useTranslations('delivery.package.form');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(updatePlanInput, updatePlanAction, {
    defaultValues: values,
    onSuccess: () => {
      form.reset({ ...form.getValues(), addWhatsappCredits: '0', addSmsCredits: '0' });
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const field = (name: keyof Values, opts: { hint?: string; inputMode?: 'numeric' | 'decimal' } = {}) => (
    <Field id={`plan-${name}`} label={t(name)} error={errors[name]?.message as string | undefined} hint={opts.hint}>
      <Input id={`plan-${name}`} inputMode={opts.inputMode ?? 'numeric'} autoComplete="off" invalid={!!errors[name]} {...form.register(name)} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-4" aria-label={t('title')}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-3">
        {field('documentsPerPeriod')}
        {field('periodStartDay', { hint: t('periodStartDayHint') })}
        {field('overagePrice', { hint: t('overagePriceHint'), inputMode: 'decimal' })}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {field('addWhatsappCredits', { hint: t('addHint') })}
        {field('addSmsCredits', { hint: t('addHint') })}
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('submit')}
        </Button>
        {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
      </div>
    </form>
  );
}
