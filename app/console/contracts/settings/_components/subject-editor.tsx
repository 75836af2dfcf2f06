'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DeleteButton } from '@/components/console/delete-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/card';
import { Checkbox, Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';
import { subjectInput } from '@/lib/service-orders/schemas';
import { createSubjectAction, deleteSubjectAction, updateSubjectAction } from '../actions';
import { DialogButtons, SettingsDialog } from './settings-dialog';

type Item = { id: string; name: string; requiresSignature: boolean };

export function SubjectEditor({ item }: { item?: Item }) {
  const t = useTranslations('contracts.settings');
  const [open, setOpen] = useState(false);
  return (
    <SettingsDialog
      open={open}
      onOpenChange={setOpen}
      title={item ? t('subjects.editTitle') : t('subjects.newTitle')}
      trigger={item ? { label: t('edit'), ariaLabel: t('editItem', { name: item.name }), variant: 'secondary', size: 'sm' } : { label: t('subjects.new') }}
    >
      {open ? <SubjectForm item={item} onDone={() => setOpen(false)} /> : null}
    </SettingsDialog>
  );
}

function SubjectForm({ item, onDone }: { item?: Item; onDone: () => void }) {
  const t = useTranslations('contracts.settings');
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm(
    subjectInput,
    (values): Promise<ActionResult<unknown>> => (item ? updateSubjectAction({ ...values, subjectId: item.id }) : createSubjectAction(values)),
    {
      defaultValues: { name: item?.name ?? '', requiresSignature: item?.requiresSignature ?? false },
      onSuccess: () => {
        onDone();
        router.refresh();
      },
    },
  );
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="subject-name" label={t('subjects.name')} error={errors.name?.message}>
        <Input id="subject-name" autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Checkbox id="subject-requiresSignature" label={t('subjects.requiresSignature')} {...form.register('requiresSignature')} />
      <DialogButtons cancel={t('cancel')} submit={t('save')} saving={t('saving')} pending={pending} />
    </form>
  );
}

export function DeleteSubjectButton({ id, what }: { id: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteSubjectAction({ subjectId: id })} />;
}
