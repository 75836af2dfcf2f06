'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DeleteButton } from '@/components/console/delete-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';
import { formatPhone } from '@/lib/people/phone';
import { contactInput } from '@/lib/people/schemas';
import { formatTaxId } from '@/lib/people/tax-id';
import { createContactAction, deleteContactAction, updateContactAction } from '../actions';

export type ContactItem = { id: string; name: string; taxId: string; email: string | null; phone: string | null };

/** The customer's contacts; operators add, edit and delete them in a dialog. */
export function ContactsPanel({ customerId, contacts, canManage }: { customerId: string; contacts: ContactItem[]; canManage: boolean }) {
  const t = useTranslations('customers.contacts');
  // null: closed; 'new': adding; a contact: editing it.
  const [editing, setEditing] = useState<ContactItem | 'new' | null>(null);

  return (
    <div className="space-y-4">
      {canManage ? (
        <Button size="sm" onClick={() => setEditing('new')}>
          {t('add')}
        </Button>
      ) : null}
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t('title')}>
          {contacts.map((c) => (
            <li key={c.id} className="py-3" data-testid="contact" aria-label={c.name}>
              <p className="font-medium text-slate-900">{c.name}</p>
              <dl className="mt-1 space-y-0.5 text-sm text-slate-600">
                <div className="flex gap-2">
                  <dt className="sr-only">{t('taxId')}</dt>
                  <dd className="tabular-nums">{formatTaxId(c.taxId)}</dd>
                </div>
                {c.email ? (
                  <div className="flex gap-2">
                    <dt className="sr-only">{t('email')}</dt>
                    <dd className="break-all">{c.email}</dd>
                  </div>
                ) : null}
                {c.phone ? (
                  <div className="flex gap-2">
                    <dt className="sr-only">{t('phone')}</dt>
                    <dd className="tabular-nums">{formatPhone(c.phone)}</dd>
                  </div>
                ) : null}
              </dl>
              {canManage ? (
                <div className="mt-2 flex gap-2">
                  <Button size="sm" variant="secondary" onClick={() => setEditing(c)} aria-label={`${t('edit')} ${c.name}`}>
                    {t('edit')}
                  </Button>
                  <DeleteButton
                    what={t('deleteWhat', { name: c.name })}
                    label={t('delete')}
                    action={() => deleteContactAction({ customerId, contactId: c.id })}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <Dialog.Root open={editing !== null} onOpenChange={(open) => (open ? null : setEditing(null))}>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
            <Dialog.Content className="fixed left-1/2 top-1/2 max-h-[90vh] w-full max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
              <Dialog.Title className="text-lg font-semibold">{editing === 'new' ? t('addTitle') : t('editTitle')}</Dialog.Title>
              <Dialog.Description className="mt-1 text-sm text-slate-600">{t('reachHint')}</Dialog.Description>
              {editing ? (
                <ContactForm
                  key={editing === 'new' ? 'new' : editing.id}
                  customerId={customerId}
                  contact={editing === 'new' ? null : editing}
                  onDone={() => setEditing(null)}
                />
              ) : null}
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </div>
  );
}

function ContactForm({ customerId, contact, onDone }: { customerId: string; contact: ContactItem | null; onDone: () => void }) {
  const t = useTranslations('customers.contacts');
  const { form, onSubmit, formError, pending } = useActionForm(
    contactInput,
    (values): Promise<ActionResult<unknown>> =>
      contact ? updateContactAction({ ...values, contactId: contact.id }) : createContactAction(values),
    {
      defaultValues: {
        customerId,
        name: contact?.name ?? '',
        taxId: contact ? formatTaxId(contact.taxId) : '',
        email: contact?.email ?? '',
        phone: contact?.phone ? formatPhone(contact.phone) : '',
      },
      onSuccess: onDone,
    },
  );
  const errors = form.formState.errors;
  const describe = (id: string, hasError: boolean) => (hasError ? `${id}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="contact-name" label={t('name')} error={errors.name?.message}>
        <Input id="contact-name" autoComplete="off" invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Field id="contact-taxId" label={t('taxId')} error={errors.taxId?.message}>
        <Input id="contact-taxId" autoComplete="off" invalid={!!errors.taxId} {...form.register('taxId')} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="contact-email" label={t('email')} error={errors.email?.message}>
          <Input
            id="contact-email"
            type="email"
            autoComplete="off"
            invalid={!!errors.email}
            aria-describedby={describe('contact-email', !!errors.email)}
            {...form.register('email')}
          />
        </Field>
        <Field id="contact-phone" label={t('phone')} error={errors.phone?.message}>
          <Input
            id="contact-phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            invalid={!!errors.phone}
            aria-describedby={describe('contact-phone', !!errors.phone)}
            {...form.register('phone')}
          />
        </Field>
      </div>
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button variant="secondary" type="button">
            {t('cancel')}
          </Button>
        </Dialog.Close>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}
