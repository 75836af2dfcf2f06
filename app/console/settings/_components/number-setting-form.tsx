'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { accountSettingsInput } from '@/lib/accounts/schemas';
import { IDENTITY_RETENTION_MAX_YEARS, IDENTITY_RETENTION_MIN_YEARS, identityRetentionInput } from '@/lib/identity/schemas';
import { updateAccountSettingsAction, updateIdentityRetentionAction } from '../actions';

// The account's one-number parameters, each with its schema and action (a client component cannot
// receive a zod schema from the page, so they are named here).
const settings = {
  sessionIdleMinutes: {
    schema: accountSettingsInput,
    action: updateAccountSettingsAction,
    label: 'Tempo de sessão (minutos)',
    hint: 'Entre 5 e 720 minutos. Padrão: 30.',
    saved: 'Tempo de sessão salvo.',
  },
  identityRetentionYears: {
    schema: identityRetentionInput,
    action: updateIdentityRetentionAction,
    label: 'Guardar as fotos por (anos)',
    hint: `Entre ${IDENTITY_RETENTION_MIN_YEARS} e ${IDENTITY_RETENTION_MAX_YEARS} anos após a conclusão. Padrão: 5.`,
    saved: 'Prazo de guarda das fotos salvo.',
  },
} as const;

export function NumberSettingForm({ name, value, readOnly }: { name: keyof typeof settings; value: number; readOnly: boolean }) {
  const s = settings[name];
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(s.schema as typeof accountSettingsInput, s.action as typeof updateAccountSettingsAction, {
    defaultValues: { [name]: value } as never,
    onSuccess: () => setSaved(true),
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const error = errors[name]?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-4" noValidate>
      <div className="w-56">
        <Field id={name} label={s.label} error={error} hint={s.hint}>
          <Input id={name} type="number" inputMode="numeric" disabled={readOnly} invalid={!!error} {...form.register(name as never, { onChange: () => setSaved(false) })} />
        </Field>
      </div>
      {!readOnly ? (
        <Button type="submit" disabled={pending}>
          {pending ? 'Salvando…' : 'Salvar'}
        </Button>
      ) : null}
      {saved ? <Alert tone="success">{s.saved}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
