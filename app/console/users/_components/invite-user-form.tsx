'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { inviteUserInput } from '@/lib/users/schemas';
import { inviteUserAction } from '../actions';

export function InviteUserForm({ roles }: { roles: { value: string; label: string }[] }) {
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm(inviteUserInput, inviteUserAction, {
    defaultValues: { name: '', email: '', role: 'operator' },
    onSuccess: (data) => {
      setCreated({ email: form.getValues('email'), password: data.temporaryPassword });
      form.reset();
    },
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success">
          Usuário {created.email} criado. Senha provisória:{' '}
          <code data-testid="temporary-password" className="rounded bg-white px-1 font-mono">
            {created.password}
          </code>
          <br />
          Entregue-a ao usuário por um canal seguro; ela não será exibida de novo.
        </Alert>
      ) : null}
      <Field id="invite-name" label="Nome" error={errors.name?.message}>
        <Input id="invite-name" invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Field id="invite-email" label="E-mail" error={errors.email?.message}>
        <Input id="invite-email" type="email" invalid={!!errors.email} {...form.register('email')} />
      </Field>
      <Field id="invite-role" label="Papel" error={errors.role?.message}>
        <Select id="invite-role" {...form.register('role')}>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? 'Convidando…' : 'Convidar'}
      </Button>
    </form>
  );
}
