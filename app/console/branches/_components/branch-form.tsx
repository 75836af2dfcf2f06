'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { createBranchInput, UFS, updateBranchInput } from '@/lib/branches/schemas';
import { createBranchAction, updateBranchAction } from '../actions';

export type BranchFormValues = {
  name: string;
  cnpj: string;
  addressPostalCode: string;
  addressStreet: string;
  addressNumber: string;
  addressComplement: string;
  addressDistrict: string;
  addressCity: string;
  addressState: string;
  integrationId: string;
};

type Props = {
  branchId?: string;
  values: BranchFormValues;
  integrations: { id: string; label: string }[];
  readOnly?: boolean;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</legend>
      {children}
    </fieldset>
  );
}

export function BranchForm({ branchId, values, integrations, readOnly = false }: Props) {
  const t = useTranslations('branches');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const schema = (branchId ? updateBranchInput : createBranchInput) as typeof updateBranchInput;
  const action = (branchId ? updateBranchAction : createBranchAction) as typeof updateBranchAction;
  const { form, onSubmit, formError, pending } = useActionForm(schema, action, {
    defaultValues: { ...values, branchId },
    onSuccess: () => {
      if (!branchId) {
        router.push('/console/branches');
        return;
      }
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const text = (name: keyof BranchFormValues, opts: { hint?: string; className?: string; inputMode?: 'numeric' } = {}) => (
    <div className={opts.className}>
      <Field id={`branch-${name}`} label={t(`fields.${name}`)} error={errors[name]?.message} hint={opts.hint}>
        <Input id={`branch-${name}`} inputMode={opts.inputMode} invalid={!!errors[name]} {...form.register(name)} />
      </Field>
    </div>
  );

  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-8">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-8">
        <Section title={t('sections.identification')}>
          <div className="grid gap-4 md:grid-cols-2">
            {text('name')}
            {text('cnpj', { hint: t('fields.cnpjHint') })}
          </div>
        </Section>
        <Section title={t('sections.address')}>
          <div className="grid gap-4 md:grid-cols-6">
            {text('addressPostalCode', { className: 'md:col-span-2', inputMode: 'numeric' })}
            {text('addressStreet', { className: 'md:col-span-4' })}
            {text('addressNumber', { className: 'md:col-span-2' })}
            {text('addressComplement', { className: 'md:col-span-2' })}
            {text('addressDistrict', { className: 'md:col-span-2' })}
            {text('addressCity', { className: 'md:col-span-4' })}
            <div className="md:col-span-2">
              <Field id="branch-addressState" label={t('fields.addressState')} error={errors.addressState?.message}>
                <Select id="branch-addressState" invalid={!!errors.addressState} {...form.register('addressState')}>
                  <option value="">{t('fields.noState')}</option>
                  {UFS.map((uf) => (
                    <option key={uf} value={uf}>
                      {uf}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </div>
        </Section>
        <Section title={t('sections.integrations')}>
          <Field
            id="branch-integrationId"
            label={t('fields.integration')}
            error={errors.integrationId?.message}
            hint={
              <>
                {t('fields.integrationHint')}{' '}
                <Link href="/console/integrations" className="text-blue-700 hover:underline">
                  {t('fields.manageIntegrations')}
                </Link>
              </>
            }
          >
            <Select id="branch-integrationId" invalid={!!errors.integrationId} {...form.register('integrationId')}>
              <option value="">{t('fields.noIntegration')}</option>
              {integrations.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </Select>
          </Field>
        </Section>
      </fieldset>
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : branchId ? t('submitSave') : t('submitCreate')}
          </Button>
          {!branchId ? (
            <Button variant="secondary" asChild>
              <Link href="/console/branches">{t('cancel')}</Link>
            </Button>
          ) : null}
          {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
        </div>
      ) : null}
    </form>
  );
}
