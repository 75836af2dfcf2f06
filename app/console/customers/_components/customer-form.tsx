'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { brazilianStates, customerInput, updateCustomerInput, type CustomerFormValues } from '@/lib/people/schemas';
import { createCustomerAction, updateCustomerAction } from '../actions';
import { customerFormValues, emptyCustomerForm } from './form-values';

/** Registering a new customer: on success, go to its page (where contacts are added). */
export function NewCustomerForm() {
  const t = useTranslations('customers.form');
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm(customerInput, createCustomerAction, {
    defaultValues: emptyCustomerForm,
    onSuccess: ({ customerId }) => router.push(`/console/customers/${customerId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CustomerFields form={form} idPrefix="customer" />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </Button>
        <Button variant="secondary" asChild>
          <Link href="/console/customers">{t('cancel')}</Link>
        </Button>
      </div>
    </form>
  );
}

/** Editing a customer: the saved (normalised) values come back into the form. */
export function EditCustomerForm({ customerId, values }: { customerId: string; values: CustomerFormValues }) {
  const t = useTranslations('customers.form');
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(updateCustomerInput, updateCustomerAction, {
    defaultValues: { ...values, customerId },
    onSuccess: (row) => {
      form.reset({ ...customerFormValues(row), customerId });
      setSaved(true);
    },
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CustomerFields form={form as unknown as UseFormReturn<CustomerFormValues>} idPrefix="customer" />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The customer's fields; the kind switches the labels (Nome / Razão social, CPF / CNPJ). */
function CustomerFields({ form, idPrefix }: { form: UseFormReturn<CustomerFormValues>; idPrefix: string }) {
  const t = useTranslations('customers');
  const kind = useWatch({ control: form.control, name: 'kind' });
  const company = kind === 'company';
  const errors = form.formState.errors;
  const id = (name: string) => `${idPrefix}-${name}`;
  const err = (name: keyof CustomerFormValues) => errors[name]?.message as string | undefined;

  return (
    <>
      <Section title={t('form.identification')}>
        <fieldset>
          <legend className="mb-2 block text-sm font-medium text-slate-700">{t('kind.legend')}</legend>
          <div className="flex gap-6">
            {(['person', 'company'] as const).map((k) => (
              <label key={k} htmlFor={id(`kind-${k}`)} className="flex cursor-pointer items-center gap-2 text-sm text-slate-800">
                <input id={id(`kind-${k}`)} type="radio" value={k} className="h-4 w-4 text-blue-700" {...form.register('kind')} />
                {t(`kind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid grid-cols-12 gap-4">
          <div className="col-span-12 lg:col-span-8">
            <Field id={id('name')} label={company ? t('form.companyName') : t('form.name')} error={err('name')}>
              <Input id={id('name')} autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
            </Field>
          </div>
          <div className="col-span-12 lg:col-span-4">
            <Field
              id={id('taxId')}
              label={company ? t('form.cnpj') : t('form.cpf')}
              error={err('taxId')}
              hint={company ? t('form.cnpjHint') : undefined}
            >
              <Input
                id={id('taxId')}
                autoComplete="off"
                placeholder={company ? t('form.cnpjPlaceholder') : t('form.cpfPlaceholder')}
                invalid={!!errors.taxId}
                aria-describedby={errors.taxId ? `${id('taxId')}-error` : company ? `${id('taxId')}-hint` : undefined}
                {...form.register('taxId')}
              />
            </Field>
          </div>
        </div>
      </Section>

      <Section title={t('form.contactSection')}>
        <div className="grid grid-cols-12 gap-4">
          <div className="col-span-12 lg:col-span-8">
            <Field id={id('emails')} label={t('form.emails')} error={err('emails')} hint={t('form.emailsHint')}>
              <Textarea
                id={id('emails')}
                rows={3}
                className="min-h-0"
                spellCheck={false}
                invalid={!!errors.emails}
                aria-describedby={errors.emails ? `${id('emails')}-error` : `${id('emails')}-hint`}
                {...form.register('emails')}
              />
            </Field>
          </div>
          <div className="col-span-12 lg:col-span-4">
            <Field id={id('phone')} label={t('form.phone')} error={err('phone')} hint={t('form.phoneHint')}>
              <Input
                id={id('phone')}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                invalid={!!errors.phone}
                aria-describedby={errors.phone ? `${id('phone')}-error` : `${id('phone')}-hint`}
                {...form.register('phone')}
              />
            </Field>
          </div>
        </div>
      </Section>

      <Section title={t('form.addressSection')}>
        <div className="grid grid-cols-12 gap-4">
          <div className="col-span-4 lg:col-span-3">
            <Field id={id('postalCode')} label={t('form.postalCode')} error={err('addressPostalCode')}>
              <Input
                id={id('postalCode')}
                inputMode="numeric"
                autoComplete="off"
                placeholder="00000-000"
                invalid={!!errors.addressPostalCode}
                {...form.register('addressPostalCode')}
              />
            </Field>
          </div>
          <div className="col-span-8 lg:col-span-7">
            <Field id={id('street')} label={t('form.street')} error={err('addressStreet')}>
              <Input id={id('street')} autoComplete="off" invalid={!!errors.addressStreet} {...form.register('addressStreet')} />
            </Field>
          </div>
          <div className="col-span-4 lg:col-span-2">
            <Field id={id('number')} label={t('form.number')} error={err('addressNumber')}>
              <Input id={id('number')} autoComplete="off" invalid={!!errors.addressNumber} {...form.register('addressNumber')} />
            </Field>
          </div>
          <div className="col-span-8 lg:col-span-4">
            <Field id={id('complement')} label={t('form.complement')} error={err('addressComplement')}>
              <Input id={id('complement')} autoComplete="off" invalid={!!errors.addressComplement} {...form.register('addressComplement')} />
            </Field>
          </div>
          <div className="col-span-6 lg:col-span-3">
            <Field id={id('district')} label={t('form.district')} error={err('addressDistrict')}>
              <Input id={id('district')} autoComplete="off" invalid={!!errors.addressDistrict} {...form.register('addressDistrict')} />
            </Field>
          </div>
          <div className="col-span-6 lg:col-span-3">
            <Field id={id('city')} label={t('form.city')} error={err('addressCity')}>
              <Input id={id('city')} autoComplete="off" invalid={!!errors.addressCity} {...form.register('addressCity')} />
            </Field>
          </div>
          <div className="col-span-4 lg:col-span-2">
            <Field id={id('state')} label={t('form.state')} error={err('addressState')}>
              <Select
                id={id('state')}
                invalid={!!errors.addressState}
                aria-describedby={errors.addressState ? `${id('state')}-error` : undefined}
                {...form.register('addressState')}
              >
                <option value="">{t('form.stateNone')}</option>
                {brazilianStates.map((uf) => (
                  <option key={uf} value={uf}>
                    {uf}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
      </Section>
    </>
  );
}
