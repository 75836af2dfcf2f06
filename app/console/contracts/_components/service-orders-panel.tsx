'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert, Badge } from '@/components/ui/card';
import { Field, Select, Textarea } from '@/components/ui/field';
import { serviceOrderInput } from '@/lib/service-orders/schemas';
import { closeServiceOrderAction, createServiceOrderAction } from '../actions';
import { envelopeNotice, NoticeAlert, type Notice } from './notice';

export type ServiceOrderItem = {
  id: string;
  number: string;
  subjectName: string;
  description: string | null;
  open: boolean;
  openedAt: string;
  closedAt: string;
  document: string | null;
};

export function ServiceOrdersPanel({
  contractId,
  orders,
  subjects,
  canManage,
}: {
  contractId: string;
  orders: ServiceOrderItem[];
  subjects: { id: string; name: string; requiresSignature: boolean }[];
  canManage: boolean;
}) {
  const t = useTranslations('contracts.serviceOrders');
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [closing, startClosing] = useTransition();
  const { form, onSubmit, formError, pending } = useActionForm(serviceOrderInput, createServiceOrderAction, {
    defaultValues: { contractId, subjectId: '', description: '' },
    onSuccess: (result) => {
      setNotice(
        envelopeNotice(result.envelope, {
          plain: t('created', { number: result.number }),
          created: t('createdWithEnvelope', { number: result.number }),
          reason: (reason) => t('createdWithReason', { number: result.number, reason }),
        }),
      );
      form.reset({ contractId, subjectId: '', description: '' });
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  const close = (serviceOrderId: string) =>
    startClosing(async () => {
      const res = await closeServiceOrderAction({ contractId, serviceOrderId });
      setNotice(res.ok ? null : { tone: 'warning', text: res.message });
      router.refresh();
    });

  return (
    <div className="space-y-6">
      {orders.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm" data-testid="service-orders">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-[8%] py-2 pr-4 font-medium">{t('number')}</th>
              <th className="w-[32%] py-2 pr-4 font-medium">{t('subject')}</th>
              <th className="w-[14%] py-2 pr-4 font-medium">{t('status')}</th>
              <th className="w-[16%] py-2 pr-4 font-medium">{t('openedAt')}</th>
              <th className="w-[18%] py-2 pr-4 font-medium">{t('document')}</th>
              <th className="w-[12%] py-2 font-medium" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {orders.map((o) => (
              <tr key={o.id} data-testid={`service-order-${o.number}`}>
                <td className="py-3 pr-4 tabular-nums font-medium">{o.number}</td>
                <td className="py-3 pr-4">
                  <span className="block truncate text-slate-900">{o.subjectName}</span>
                  {o.description ? <span className="block truncate text-xs text-slate-500" title={o.description}>{o.description}</span> : null}
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={o.open ? 'blue' : 'neutral'}>{o.open ? t('open') : t('closed')}</Badge>
                  {!o.open ? <span className="block text-xs text-slate-500">{o.closedAt}</span> : null}
                </td>
                <td className="py-3 pr-4 tabular-nums text-slate-700">{o.openedAt}</td>
                <td className="py-3 pr-4 text-slate-700">{o.document ?? '—'}</td>
                <td className="py-3 text-right">
                  {canManage && o.open ? (
                    <Button size="sm" variant="secondary" disabled={closing} onClick={() => close(o.id)} aria-label={`${t('close')} ${o.number}`}>
                      {closing ? t('closing') : t('close')}
                    </Button>
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
          <Field id="os-subject" label={t('subject')} error={errors.subjectId?.message} hint={subjects.length === 0 ? t('noSubjects') : undefined}>
            <Select id="os-subject" invalid={!!errors.subjectId} {...form.register('subjectId')}>
              <option value="">{t('subjectNone')}</option>
              {subjects.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.requiresSignature ? t('subjectSigns', { name: s.name }) : s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="os-description" label={t('descriptionField')} error={errors.description?.message}>
            <Textarea id="os-description" rows={2} className="min-h-0" invalid={!!errors.description} {...form.register('description')} />
          </Field>
          <Button type="submit" disabled={pending}>
            {pending ? t('creating') : t('create')}
          </Button>
        </form>
      ) : null}
      {notice ? <NoticeAlert notice={notice} /> : null}
    </div>
  );
}
