'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DeleteButton } from '@/components/console/delete-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/card';
import { Checkbox, Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';
import { documentTypeInput } from '@/lib/document-types/schemas';
import { createDocumentTypeAction, deleteDocumentTypeAction, updateDocumentTypeAction } from '../actions';
import { DialogButtons, SettingsDialog } from './settings-dialog';

type Item = { id: string; name: string; requiresSignature: boolean };

/** "Novo tipo de documento" (item absent) or "Editar" of one row, in a dialog. */
export function DocumentTypeEditor({ item }: { item?: Item }) {
  const t = useTranslations('contracts.settings');
  const [open, setOpen] = useState(false);
  return (
    <SettingsDialog
      open={open}
      onOpenChange={setOpen}
      title={item ? t('documentTypes.editTitle') : t('documentTypes.newTitle')}
      trigger={
        item
          ? { label: t('edit'), ariaLabel: t('editItem', { name: item.name }), variant: 'secondary', size: 'sm' }
          : { label: t('documentTypes.new') }
      }
    >
      {open ? <DocumentTypeForm item={item} onDone={() => setOpen(false)} /> : null}
    </SettingsDialog>
  );
}

function DocumentTypeForm({ item, onDone }: { item?: Item; onDone: () => void }) {
  const t = useTranslations('contracts.settings');
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm(
    documentTypeInput,
    (values): Promise<ActionResult<unknown>> =>
      item ? updateDocumentTypeAction({ ...values, documentTypeId: item.id }) : createDocumentTypeAction(values),
    {
      defaultValues: { name: item?.name ?? '', requiresSignature: item?.requiresSignature ?? true },
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
      <Field id="doctype-name" label={t('documentTypes.name')} error={errors.name?.message}>
        <Input id="doctype-name" autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Checkbox id="doctype-requiresSignature" label={t('documentTypes.requiresSignature')} {...form.register('requiresSignature')} />
      <DialogButtons cancel={t('cancel')} submit={t('save')} saving={t('saving')} pending={pending} />
    </form>
  );
}

export function DeleteDocumentTypeButton({ id, what }: { id: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteDocumentTypeAction({ documentTypeId: id })} />;
}
