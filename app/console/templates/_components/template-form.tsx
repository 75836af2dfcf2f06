'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Checkbox, Field, Input, Select } from '@/components/ui/field';
import { createTemplateInput, updateTemplateInput, type TemplateFormat, type TemplateKind } from '@/lib/contract-templates/schemas';
import { createTemplateAction, updateTemplateAction } from '../actions';
import { MarkdownEditor } from './markdown-editor';

export type TemplateFormValues = { name: string; documentTypeId: string; active: boolean; source?: string };

type Props = {
  kind: TemplateKind;
  format: TemplateFormat;
  /** Absent while creating. */
  templateId?: string;
  values: TemplateFormValues;
  documentTypes: { id: string; name: string }[];
  readOnly?: boolean;
};

/**
 * Name, document type, active flag and, for a text template, the Markdown editor. An uploaded PDF
 * template uses the same form without the editor.
 */
export function TemplateForm({ kind, format, templateId, values, documentTypes, readOnly = false }: Props) {
  const t = useTranslations('templates');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const schema = (templateId ? updateTemplateInput : createTemplateInput) as typeof updateTemplateInput;
  const action = (templateId ? updateTemplateAction : createTemplateAction) as typeof updateTemplateAction;
  const { form, onSubmit, formError, pending } = useActionForm(schema, action, {
    defaultValues: templateId ? { ...values, templateId } : ({ ...values, kind } as never),
    onSuccess: (data) => {
      const created = (data as { templateId?: string } | undefined)?.templateId;
      if (!templateId && created) {
        router.push(`/console/templates/${created}?criado=1`);
        return;
      }
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const source = useWatch({ control: form.control, name: 'source' }) ?? '';

  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Field id="template-name" label={t('fields.name')} error={errors.name?.message} hint={t('fields.nameHint')}>
          <Input id="template-name" invalid={!!errors.name} maxLength={120} {...form.register('name')} />
        </Field>
        <Field id="template-documentTypeId" label={t('fields.documentType')} error={errors.documentTypeId?.message} hint={t('fields.documentTypeHint')}>
          <Select id="template-documentTypeId" invalid={!!errors.documentTypeId} {...form.register('documentTypeId')}>
            <option value="">{t('fields.documentTypeNone')}</option>
            {documentTypes.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        {templateId ? (
          <div className="md:col-span-2">
            <Checkbox id="template-active" label={t('fields.active')} {...form.register('active')} />
          </div>
        ) : null}
      </fieldset>
      {format === 'markdown' ? (
        <MarkdownEditor
          id="template-source"
          label={t('fields.source')}
          field={form.register('source')}
          value={source}
          setValue={(v) => form.setValue('source', v, { shouldDirty: true })}
          readOnly={readOnly}
          error={errors.source?.message}
        />
      ) : null}
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : templateId ? t('submitSave') : t(`submitCreate.${kind}`)}
          </Button>
          {!templateId ? (
            <Button variant="secondary" asChild>
              <Link href={`/console/templates?kind=${kind}`}>{t('cancel')}</Link>
            </Button>
          ) : null}
          {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
        </div>
      ) : null}
    </form>
  );
}
