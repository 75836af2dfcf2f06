'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import {
  activationChoices,
  contractStatuses,
  createContractInput,
  triStates,
  updateContractInput,
  type ContractFormValues,
} from '@/lib/contracts/schemas';
import { createContractAction, customerContactsAction, updateContractAction } from '../actions';
import { CustomerPicker, type PickedCustomer } from './customer-picker';
import { envelopeNotice, NoticeAlert, setNotice, type Notice } from './notice';

export type ContractFormOptions = {
  branches: { id: string; name: string; integrationId: string | null }[];
  templates: { id: string; name: string }[];
  stages: { id: string; name: string }[];
};

type Props = {
  contractId?: string;
  values: ContractFormValues;
  customer: PickedCustomer | null;
  contacts: { id: string; label: string }[];
  options: ContractFormOptions;
  readOnly?: boolean;
};

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

export function ContractForm({ contractId, values, customer: initialCustomer, contacts: initialContacts, options, readOnly = false }: Props) {
  const t = useTranslations('contracts');
  const router = useRouter();
  const [customer, setCustomer] = useState<PickedCustomer | null>(initialCustomer);
  const [contacts, setContacts] = useState(initialContacts);
  const [notice, setLocalNotice] = useState<Notice | null>(null);
  const editing = !!contractId;
  const schema = (editing ? updateContractInput : createContractInput) as typeof createContractInput;

  const { form, onSubmit, formError, pending } = useActionForm(
    schema,
    async (input) => (editing ? updateContractAction({ ...(input as object), contractId } as never) : createContractAction(input)),
    {
      defaultValues: { ...values, ...(editing ? { contractId } : {}) },
      onSuccess: (result) => {
        if (!editing) {
          setNotice(
            `contract:${result.contractId}`,
            envelopeNotice(result.envelope, {
              plain: t('form.createdNotice', { number: result.number }),
              created: t('form.createdWithEnvelope', { number: result.number }),
              reason: (reason) => t('form.createdWithReason', { number: result.number, reason }),
            }),
          );
          router.push(`/console/contracts/${result.contractId}`);
          return;
        }
        setLocalNotice(
          envelopeNotice(result.envelope, {
            plain: t('form.saved'),
            created: t('form.savedWithEnvelope'),
            reason: (reason) => t('form.savedWithReason', { reason }),
          }),
        );
        router.refresh();
      },
    },
  );
  const errors = form.formState.errors;
  const customerId = useWatch({ control: form.control, name: 'customerId' });

  const chooseCustomer = async (picked: PickedCustomer | null) => {
    setCustomer(picked);
    setContacts([]);
    form.setValue('customerId', picked?.id ?? '', { shouldValidate: !!picked });
    form.setValue('witnessContactId', '');
    setLocalNotice(null);
    if (picked) {
      const res = await customerContactsAction({ customerId: picked.id });
      if (res.ok) setContacts(res.data);
    }
  };

  const err = (name: keyof ContractFormValues) => errors[name]?.message as string | undefined;
  const select = (name: keyof ContractFormValues, label: string, children: ReactNode, hint?: ReactNode) => (
    <Field id={`contract-${name}`} label={label} error={err(name)} hint={hint}>
      <Select id={`contract-${name}`} invalid={!!errors[name]} {...form.register(name)}>
        {children}
      </Select>
    </Field>
  );

  return (
    <form onSubmit={onSubmit} onChange={() => setLocalNotice(null)} noValidate className="space-y-8">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-8">
        <Section title={t('form.sections.parties')}>
          <Field id="contract-customer" label={t('form.customer')} error={err('customerId')} hint={customer ? undefined : t('form.customerHint')}>
            <CustomerPicker id="contract-customer" selected={customer} onSelect={chooseCustomer} invalid={!!errors.customerId} disabled={readOnly} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            {select(
              'branchId',
              t('form.branch'),
              <>
                <option value="">{t('form.branchNone')}</option>
                {options.branches.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.integrationId ? b.name : t('form.branchWithoutIntegration', { name: b.name })}
                  </option>
                ))}
              </>,
            )}
            {select(
              'templateId',
              t('form.template'),
              <>
                <option value="">{t('form.templateNone')}</option>
                {options.templates.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </>,
              options.templates.length === 0 ? (
                <Link href="/console/templates" className="text-blue-700 hover:underline">
                  {t('form.noTemplates')}
                </Link>
              ) : undefined,
            )}
          </div>
        </Section>

        <Section title={t('form.sections.plan')}>
          <div className="grid gap-4 md:grid-cols-6">
            <div className="md:col-span-3">
              <Field id="contract-planName" label={t('form.planName')} error={err('planName')}>
                <Input id="contract-planName" autoComplete="off" invalid={!!errors.planName} {...form.register('planName')} />
              </Field>
            </div>
            <div className="md:col-span-3">
              <Field id="contract-price" label={t('form.price')} error={err('price')} hint={t('form.priceHint')}>
                <Input id="contract-price" inputMode="decimal" autoComplete="off" invalid={!!errors.price} {...form.register('price')} />
              </Field>
            </div>
            <div className="md:col-span-2">
              <Field id="contract-startDate" label={t('form.startDate')} error={err('startDate')}>
                <Input id="contract-startDate" type="date" invalid={!!errors.startDate} {...form.register('startDate')} />
              </Field>
            </div>
            <div className="md:col-span-2">
              <Field id="contract-dueDay" label={t('form.dueDay')} error={err('dueDay')} hint={t('form.dueDayHint')}>
                <Input id="contract-dueDay" type="number" min={1} max={31} inputMode="numeric" invalid={!!errors.dueDay} {...form.register('dueDay')} />
              </Field>
            </div>
            <div className="md:col-span-2">
              {select(
                'status',
                t('form.status'),
                contractStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                )),
              )}
            </div>
          </div>
        </Section>

        <Section title={t('form.sections.signature')} hint={t('form.sections.signatureHint')}>
          <div className="grid gap-4 md:grid-cols-2">
            {select(
              'useSignatureIntegration',
              t('form.useSignatureIntegration'),
              triStates.map((v) => (
                <option key={v} value={v}>
                  {t(`triState.${v}`)}
                </option>
              )),
            )}
            {select(
              'activation',
              t('form.activation'),
              activationChoices.map((v) => (
                <option key={v} value={v}>
                  {t(`activation.${v}`)}
                </option>
              )),
            )}
            {select(
              'requireIdDocument',
              t('form.requireIdDocument'),
              triStates.map((v) => (
                <option key={v} value={v}>
                  {t(`triState.${v}`)}
                </option>
              )),
            )}
            {select(
              'requireSelfie',
              t('form.requireSelfie'),
              triStates.map((v) => (
                <option key={v} value={v}>
                  {t(`triState.${v}`)}
                </option>
              )),
            )}
          </div>
          {select(
            'witnessContactId',
            t('form.witness'),
            <>
              <option value="">{t('form.witnessNone')}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </>,
            !customerId ? t('form.witnessNeedsCustomer') : contacts.length === 0 ? t('form.witnessNoContacts') : t('form.witnessHint'),
          )}
        </Section>

        <Section title={editing ? t('form.sections.notes') : t('form.sections.other')}>
          {!editing
            ? select(
                'stageId' as keyof ContractFormValues,
                t('form.stage'),
                <>
                  <option value="">{t('form.stageNone')}</option>
                  {options.stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </>,
                t('form.stageHint'),
              )
            : null}
          <Field id="contract-notes" label={t('form.notes')} error={err('notes')}>
            <Textarea id="contract-notes" rows={3} className="min-h-0" invalid={!!errors.notes} {...form.register('notes')} />
          </Field>
        </Section>
      </fieldset>
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? (editing ? t('form.saving') : t('form.creating')) : editing ? t('form.save') : t('form.create')}
          </Button>
          {!editing ? (
            <Button variant="secondary" asChild>
              <Link href="/console/contracts">{t('form.cancel')}</Link>
            </Button>
          ) : null}
        </div>
      ) : null}
      {notice ? <NoticeAlert notice={notice} /> : null}
    </form>
  );
}
