'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/field';
import type { GeneralParameters } from '@/lib/settings/effective-settings';
import { generalParametersInput } from '@/lib/settings/schemas';
import { updateGeneralParametersAction } from '../actions';

export function SignatureParametersForm({ values, readOnly }: { values: GeneralParameters; readOnly: boolean }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm(generalParametersInput, updateGeneralParametersAction, {
    defaultValues: values,
    onSuccess: () => setSaved(true),
  });
  const enabled = form.watch('contractSignatureEnabled');
  const onChange = () => setSaved(false);

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <Checkbox
        id="contractSignatureEnabled"
        label="Assinatura digital dos contratos"
        disabled={readOnly}
        {...form.register('contractSignatureEnabled', { onChange })}
      />
      <fieldset disabled={readOnly || !enabled} className="space-y-5 border-l-2 border-slate-100 pl-4 disabled:opacity-60">
        <div>
          <Checkbox
            id="useSignatureIntegration"
            label="Utilizar integração assinatura digital"
            {...form.register('useSignatureIntegration', { onChange })}
          />
          <p className="ml-6 mt-1 text-xs text-slate-500">
            Contratos com a opção “Padrão” geram o documento de assinatura quando este parâmetro está marcado. Cada contrato pode
            escolher “Sim” ou “Não” e vale mais que este parâmetro.
          </p>
        </div>
        <div role="radiogroup" aria-labelledby="activation-label" className="space-y-2">
          <p id="activation-label" className="text-sm font-medium text-slate-700">
            Ativar o contrato automaticamente
          </p>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="on_signature" {...form.register('defaultActivation', { onChange })} /> No ato da assinatura
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="manual" {...form.register('defaultActivation', { onChange })} /> Não ativar (ativação por
            processo)
          </label>
        </div>
      </fieldset>
      {!readOnly ? (
        <Button type="submit" disabled={pending}>
          {pending ? 'Salvando…' : 'Salvar parâmetros'}
        </Button>
      ) : null}
      {saved ? <Alert tone="success">Parâmetros de assinatura digital salvos.</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
