'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DeleteButton } from '@/components/console/delete-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';
import { stageInput } from '@/lib/contract-stages/schemas';
import { createStageAction, deleteStageAction, updateStageAction } from '../actions';
import { DialogButtons, SettingsDialog } from './settings-dialog';

type Item = { id: string; name: string; position: number; documentTypeIds: string[]; nextStageId: string | null };
type Options = { documentTypes: { id: string; name: string; requiresSignature: boolean }[]; stages: { id: string; name: string }[] };

export function StageEditor({ item, options }: { item?: Item; options: Options }) {
  const t = useTranslations('contracts.settings');
  const [open, setOpen] = useState(false);
  return (
    <SettingsDialog
      open={open}
      onOpenChange={setOpen}
      title={item ? t('stages.editTitle') : t('stages.newTitle')}
      trigger={item ? { label: t('edit'), ariaLabel: t('editItem', { name: item.name }), variant: 'secondary', size: 'sm' } : { label: t('stages.new') }}
    >
      {open ? <StageForm item={item} options={options} onDone={() => setOpen(false)} /> : null}
    </SettingsDialog>
  );
}

function StageForm({ item, options, onDone }: { item?: Item; options: Options; onDone: () => void }) {
  const t = useTranslations('contracts.settings');
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm(
    stageInput,
    (values): Promise<ActionResult<unknown>> => (item ? updateStageAction({ ...values, stageId: item.id }) : createStageAction(values)),
    {
      defaultValues: {
        name: item?.name ?? '',
        position: item ? String(item.position) : String(options.stages.length + 1),
        documentTypeIds: item?.documentTypeIds ?? [],
        nextStageId: item?.nextStageId ?? '',
      },
      onSuccess: () => {
        onDone();
        router.refresh();
      },
    },
  );
  const errors = form.formState.errors;
  const typesError = Object.entries(errors.documentTypeIds ?? {}).length ? t('stages.documentTypes') : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-4">
        <Field id="stage-name" label={t('stages.name')} error={errors.name?.message}>
          <Input id="stage-name" autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
        </Field>
        <Field id="stage-position" label={t('stages.position')} error={errors.position?.message}>
          <Input id="stage-position" type="number" min={0} max={9999} inputMode="numeric" invalid={!!errors.position} {...form.register('position')} />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-slate-700">{t('stages.documentTypes')}</legend>
        {options.documentTypes.length === 0 ? (
          <p className="text-sm text-slate-500">{t('stages.noDocumentTypes')}</p>
        ) : (
          <div className="max-h-48 space-y-1.5 overflow-y-auto rounded-md border border-slate-200 p-3">
            {options.documentTypes.map((d) => (
              <label key={d.id} className="flex cursor-pointer items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" value={d.id} className="h-4 w-4 rounded border-slate-300" {...form.register('documentTypeIds')} />
                {d.name}
                {!d.requiresSignature ? <span className="text-xs text-slate-500">({t('stages.notSigned')})</span> : null}
              </label>
            ))}
          </div>
        )}
        <p className="mt-1 text-xs text-slate-500">{t('stages.documentTypesHint')}</p>
        {errors.documentTypeIds?.message || typesError ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.documentTypeIds?.message ?? typesError}
          </p>
        ) : null}
      </fieldset>
      <Field id="stage-next" label={t('stages.nextStage')} error={errors.nextStageId?.message}>
        <Select id="stage-next" invalid={!!errors.nextStageId} {...form.register('nextStageId')}>
          <option value="">{t('stages.nextStageNone')}</option>
          {options.stages
            .filter((s) => s.id !== item?.id)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </Select>
      </Field>
      <DialogButtons cancel={t('cancel')} submit={t('save')} saving={t('saving')} pending={pending} />
    </form>
  );
}

export function DeleteStageButton({ id, what }: { id: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteStageAction({ stageId: id })} />;
}
