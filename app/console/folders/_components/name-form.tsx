'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';

/** One name, one button: adds a folder or a signer role. */
export function NameForm({ id, label, button, action }: { id: string; label: string; button: string; action: (input: { name: string }) => Promise<ActionResult<void>> }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex items-end gap-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await action({ name });
          if (!res.ok) return setError(res.fieldErrors?.name?.[0] ?? res.message);
          setError(null);
          setName('');
          router.refresh();
        });
      }}
    >
      <div className="flex-1">
        <Field id={id} label={label} error={error ?? undefined}>
          <Input id={id} value={name} invalid={!!error} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="mb-[1px]">
        {pending ? 'Adicionando…' : button}
      </Button>
    </form>
  );
}
