'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { changePasswordInput } from '@/lib/users/schemas';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm() {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(changePasswordInput, changePasswordAction, {
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    onSuccess: () => {
      setSaved(true);
      form.reset();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {saved ? <Alert tone="success">Senha alterada.</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="currentPassword" label="Senha atual" error={e.currentPassword?.message}>
        <Input id="currentPassword" type="password" autoComplete="current-password" invalid={!!e.currentPassword} {...form.register('currentPassword')} />
      </Field>
      <Field id="newPassword" label="Nova senha" error={e.newPassword?.message} hint="Pelo menos 10 caracteres.">
        <Input id="newPassword" type="password" autoComplete="new-password" invalid={!!e.newPassword} {...form.register('newPassword')} />
      </Field>
      <Field id="confirmPassword" label="Confirme a nova senha" error={e.confirmPassword?.message}>
        <Input id="confirmPassword" type="password" autoComplete="new-password" invalid={!!e.confirmPassword} {...form.register('confirmPassword')} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? 'Salvando…' : 'Alterar senha'}
      </Button>
    </form>
  );
}
