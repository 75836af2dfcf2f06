'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { accountSettingsInput } from '@/lib/accounts/schemas';
import { updateAccountSettingsAction } from '../actions';

export function SessionSettingsForm({ sessionIdleMinutes, readOnly }: { sessionIdleMinutes: number; readOnly: boolean }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(accountSettingsInput, updateAccountSettingsAction, {
    defaultValues: { sessionIdleMinutes },
    onSuccess: () => setSaved(true),
  });
  const error = form.formState.errors.sessionIdleMinutes?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-4" noValidate>
      <div className="w-56">
        <Field id="sessionIdleMinutes" label="Tempo de sessão (minutos)" error={error} hint="Entre 5 e 720 minutos. Padrão: 30.">
          <Input
            id="sessionIdleMinutes"
            type="number"
            inputMode="numeric"
            disabled={readOnly}
            invalid={!!error}
            {...form.register('sessionIdleMinutes', { onChange: () => setSaved(false) })}
          />
        </Field>
      </div>
      {!readOnly ? (
        <Button type="submit" disabled={pending}>
          {pending ? 'Salvando…' : 'Salvar'}
        </Button>
      ) : null}
      {saved ? <Alert tone="success">Tempo de sessão salvo.</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
