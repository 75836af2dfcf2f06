'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { channels, createTemplateInput, updateTemplateInput, type Channel } from '@/lib/notification-templates/schemas';
import { createTemplateAction, updateTemplateAction } from '../actions';

export type TemplateFormValues = { channel: Channel; name: string; subject: string; body: string; externalName: string };

type Props = { templateId?: string; values: TemplateFormValues; readOnly?: boolean };

export function TemplateForm({ templateId, values, readOnly = false }: Props) {
  const t = useTranslations('notificationTemplates');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const schema = (templateId ? updateTemplateInput : createTemplateInput) as typeof updateTemplateInput;
  const action = (templateId ? updateTemplateAction : createTemplateAction) as typeof updateTemplateAction;
  const { form, onSubmit, formError, pending } = useActionForm(schema, action, {
    defaultValues: { ...values, templateId },
    onSuccess: () => {
      if (!templateId) {
        router.push('/console/integrations/templates');
        return;
      }
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const channel = useWatch({ control: form.control, name: 'channel' });

  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-4">
        <div className="grid gap-4 md:grid-cols-3">
          {templateId ? (
            // Not a form control: the channel is fixed and travels from the saved values.
            <div className="space-y-1">
              <p className="block text-sm font-medium text-slate-700">{t('fields.channel')}</p>
              <p className="py-2 text-sm text-slate-900">{t(`channel.${values.channel}`)}</p>
              <p className="text-xs text-slate-500">{t('fields.channelFixed')}</p>
            </div>
          ) : (
            <Field id="template-channel" label={t('fields.channel')} error={errors.channel?.message}>
              <Select id="template-channel" {...form.register('channel')}>
                {channels.map((c) => (
                  <option key={c} value={c}>
                    {t(`channel.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className="md:col-span-2">
            <Field id="template-name" label={t('fields.name')} error={errors.name?.message}>
              <Input id="template-name" invalid={!!errors.name} {...form.register('name')} />
            </Field>
          </div>
        </div>
        {channel === 'email' ? (
          <Field id="template-subject" label={t('fields.subject')} error={errors.subject?.message}>
            <Input id="template-subject" invalid={!!errors.subject} {...form.register('subject')} />
          </Field>
        ) : (
          <Field id="template-externalName" label={t('fields.externalName')} error={errors.externalName?.message} hint={t('fields.externalNameHint')}>
            <Input id="template-externalName" invalid={!!errors.externalName} {...form.register('externalName')} />
          </Field>
        )}
        <Field id="template-body" label={t('fields.body')} error={errors.body?.message}>
          <Textarea id="template-body" rows={8} invalid={!!errors.body} {...form.register('body')} />
        </Field>
      </fieldset>
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : templateId ? t('submitSave') : t('submitCreate')}
          </Button>
          {!templateId ? (
            <Button variant="secondary" asChild>
              <Link href="/console/integrations/templates">{t('cancel')}</Link>
            </Button>
          ) : null}
          {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
        </div>
      ) : null}
    </form>
  );
}
