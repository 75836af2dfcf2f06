'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { CopyButton } from '@/components/console/copy-button';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Checkbox, Field, Input } from '@/components/ui/field';
import { apiScopeLabels, apiScopes, type ApiScope } from '@/lib/api-keys/schemas';
import { createApiKeyAction } from '../actions';

export function CreateKeyForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['envelopes:write', 'envelopes:read']);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setFormError(null);
      setErrors({});
      const res = await createApiKeyAction({ name, scopes });
      if (!res.ok) {
        setErrors(res.fieldErrors ?? {});
        if (!res.fieldErrors) setFormError(res.message);
        return;
      }
      setCreated({ key: res.data.key, name });
      setName('');
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <p>Chave &quot;{created.name}&quot; criada. Copie-a agora: ela não será exibida de novo.</p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="new-api-key" className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {created.key}
            </code>
            <CopyButton value={created.key} what="a chave" />
          </div>
        </Alert>
      ) : null}
      <Field id="key-name" label="Nome" hint="Para reconhecer quem usa a chave, por exemplo ERP ou Portal do cliente." error={errors.name?.[0]}>
        <Input id="key-name" value={name} invalid={!!errors.name} onChange={(e) => setName(e.target.value)} maxLength={80} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Permissões</legend>
        {apiScopes.map((s) => (
          <Checkbox
            key={s}
            id={`scope-${s}`}
            label={`${apiScopeLabels[s]} (${s})`}
            checked={scopes.includes(s)}
            onChange={(e) => setScopes((prev) => (e.target.checked ? [...prev, s] : prev.filter((x) => x !== s)))}
          />
        ))}
        {errors.scopes ? <p className="text-sm text-red-700">{errors.scopes[0]}</p> : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? 'Criando…' : 'Criar chave'}
      </Button>
    </form>
  );
}
