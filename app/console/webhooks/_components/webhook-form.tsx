'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { CopyButton } from '@/components/console/copy-button';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Checkbox, Field, Input } from '@/components/ui/field';
import { webhookEventLabels, webhookEvents, type WebhookEvent } from '@/lib/webhooks/events';
import { createWebhookAction } from '../actions';

export function WebhookForm() {
  const router = useRouter();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([...webhookEvents]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, start] = useTransition();

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          setErrors({});
          setFormError(null);
          const res = await createWebhookAction({ url, description, events });
          if (!res.ok) {
            setErrors(res.fieldErrors ?? {});
            if (!res.fieldErrors) setFormError(res.message);
            return;
          }
          setSecret(res.data.secret);
          setUrl('');
          setDescription('');
          router.refresh();
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {secret ? (
        <Alert tone="success">
          <p>Webhook cadastrado. Este é o segredo de assinatura; copie-o agora, ele não será exibido de novo.</p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="webhook-secret" className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {secret}
            </code>
            <CopyButton value={secret} what="o segredo" />
          </div>
        </Alert>
      ) : null}
      <Field id="webhook-url" label="URL" hint="Recebe um POST com JSON a cada evento." error={errors.url?.[0]}>
        <Input id="webhook-url" type="url" value={url} invalid={!!errors.url} placeholder="https://erp.exemplo.com.br/webhooks/rubrica" onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <Field id="webhook-description" label="Descrição (opcional)" error={errors.description?.[0]}>
        <Input id="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Eventos</legend>
        {webhookEvents.map((ev) => (
          <Checkbox
            key={ev}
            id={`event-${ev}`}
            label={`${webhookEventLabels[ev]} (${ev})`}
            checked={events.includes(ev)}
            onChange={(e) => setEvents((prev) => (e.target.checked ? [...prev, ev] : prev.filter((x) => x !== ev)))}
          />
        ))}
        {errors.events ? <p className="text-sm text-red-700">{errors.events[0]}</p> : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? 'Cadastrando…' : 'Cadastrar webhook'}
      </Button>
    </form>
  );
}
