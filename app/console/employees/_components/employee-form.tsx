'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { createEmployeeInput, updateEmployeeInput } from '@/lib/people/employee-schemas';
import { createEmployeeAction, updateEmployeeAction } from '../actions';

export type EmployeeFormValues = { name: string; cpf: string; email: string; phone: string };

type Props = { employeeId?: string; values: EmployeeFormValues; readOnly?: boolean };

/** New or edit: on create, go to the list; on edit, stay and confirm. */
export function EmployeeForm({ employeeId, values, readOnly = false }: Props) {
  const t = useTranslations('employees');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // One form for both: the create schema is the update one without employeeId.
  const schema = (employeeId ? updateEmployeeInput : createEmployeeInput) as typeof updateEmployeeInput;
  const action = (employeeId ? updateEmployeeAction : createEmployeeAction) as typeof updateEmployeeAction;
  const { form, onSubmit, formError, pending } = useActionForm(schema, action, {
    defaultValues: { ...values, employeeId },
    onSuccess: () => {
      if (!employeeId) {
        router.push('/console/employees');
        return;
      }
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-4">
        <Field id="employee-name" label={t('fields.name')} error={errors.name?.message}>
          <Input id="employee-name" autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="employee-cpf" label={t('fields.cpf')} error={errors.cpf?.message}>
            <Input id="employee-cpf" inputMode="numeric" placeholder="000.000.000-00" invalid={!!errors.cpf} {...form.register('cpf')} />
          </Field>
          <Field id="employee-phone" label={t('fields.phone')} error={errors.phone?.message} hint={t('fields.phoneHint')}>
            <Input id="employee-phone" type="tel" invalid={!!errors.phone} {...form.register('phone')} />
          </Field>
        </div>
        <Field id="employee-email" label={t('fields.email')} error={errors.email?.message}>
          <Input id="employee-email" type="email" invalid={!!errors.email} {...form.register('email')} />
        </Field>
      </fieldset>
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : employeeId ? t('submitSave') : t('submitCreate')}
          </Button>
          {!employeeId ? (
            <Button variant="secondary" asChild>
              <Link href="/console/employees">{t('cancel')}</Link>
            </Button>
          ) : null}
          {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
        </div>
      ) : null}
    </form>
  );
}
