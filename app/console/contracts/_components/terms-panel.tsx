'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DeleteButton } from '@/components/console/delete-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert, Badge } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import { addTermInput } from '@/lib/contracts/schemas';
import { addContractTermAction, removeContractTermAction } from '../actions';
import { envelopeNotice, NoticeAlert, type Notice } from './notice';

export type TermItem = { id: string; name: string; signed: boolean; signedAt: string; addedAt: string; document: string | null };

export function TermsPanel({
  contractId,
  terms,
  options,
  canManage,
}: {
  contractId: string;
  terms: TermItem[];
  options: { id: string; name: string }[];
  canManage: boolean;
}) {
  const t = useTranslations('contracts.terms');
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm(addTermInput, addContractTermAction, {
    defaultValues: { contractId, termTemplateId: '', signed: 'false' },
    onSuccess: (result) => {
      setNotice(envelopeNotice(result.envelope, { plain: t('added'), created: t('addedWithEnvelope'), reason: (reason) => t('addedWithReason', { reason }) }));
      form.reset({ contractId, termTemplateId: '', signed: 'false' });
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  return (
    <div className="space-y-6">
      {terms.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm" data-testid="contract-terms">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-[34%] py-2 pr-4 font-medium">{t('term')}</th>
              <th className="w-[12%] py-2 pr-4 font-medium">{t('signed')}</th>
              <th className="w-[16%] py-2 pr-4 font-medium">{t('signedAt')}</th>
              <th className="w-[22%] py-2 pr-4 font-medium">{t('document')}</th>
              <th className="w-[16%] py-2 font-medium" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {terms.map((term) => (
              <tr key={term.id} data-testid="contract-term">
                <td className="truncate py-3 pr-4 font-medium text-slate-900" title={term.name}>
                  {term.name}
                  <span className="block text-xs font-normal text-slate-500">
                    {t('addedAt')} {term.addedAt}
                  </span>
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={term.signed ? 'green' : 'neutral'}>{term.signed ? t('signedYes') : t('signedNo')}</Badge>
                </td>
                <td className="py-3 pr-4 tabular-nums text-slate-700">{term.signedAt}</td>
                <td className="py-3 pr-4 text-slate-700">{term.document ?? '—'}</td>
                <td className="py-3 text-right">
                  {canManage ? (
                    <DeleteButton label={t('remove')} what={t('removeWhat', { name: term.name })} action={() => removeContractTermAction({ contractId, contractTermId: term.id })} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canManage ? (
        <form onSubmit={onSubmit} onChange={() => setNotice(null)} noValidate className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <div className="grid items-start gap-4 md:grid-cols-[minmax(0,1fr)_auto_auto]">
            <Field
              id="term-template"
              label={t('term')}
              error={errors.termTemplateId?.message}
              hint={
                options.length === 0 ? (
                  <Link href="/console/templates" className="text-blue-700 hover:underline">
                    {t('noTerms')}
                  </Link>
                ) : undefined
              }
            >
              <Select id="term-template" invalid={!!errors.termTemplateId} {...form.register('termTemplateId')}>
                <option value="">{t('termNone')}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </Select>
            </Field>
            <fieldset>
              <legend className="mb-1 block text-sm font-medium text-slate-700">{t('signed')}</legend>
              <div className="flex h-10 items-center gap-4 text-sm">
                <label className="flex items-center gap-2">
                  <input type="radio" value="true" {...form.register('signed')} /> {t('signedYes')}
                </label>
                <label className="flex items-center gap-2">
                  <input type="radio" value="false" {...form.register('signed')} /> {t('signedNo')}
                </label>
              </div>
            </fieldset>
            <div className="md:pt-6">
              <Button type="submit" disabled={pending}>
                {pending ? t('adding') : t('add')}
              </Button>
            </div>
          </div>
        </form>
      ) : null}
      {notice ? <NoticeAlert notice={notice} /> : null}
    </div>
  );
}
