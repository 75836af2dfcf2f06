'use client';

import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bigButton } from './big-button';

/** Seconds until "Enviar de novo" may be pressed, counted on the phone from the server's answer. */
export function useResendCountdown() {
  const [resendAt, setResendAt] = useState(0);
  const [nowMs, setNowMs] = useState(0);
  useEffect(() => {
    if (!resendAt) return;
    const tick = () => setNowMs(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [resendAt]);
  return {
    wait: resendAt ? Math.max(0, Math.ceil((resendAt - nowMs) / 1000)) : 0,
    start: (seconds: number) => setResendAt(Date.now() + seconds * 1000),
  };
}

type CodeFormProps = {
  digits: number;
  label: string;
  hint: string;
  error: string | null;
  code: string;
  onCode: (code: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
};

/** The one-time code: big digits, numeric keyboard, the phone's SMS autofill, one submit button. */
export function CodeForm({ digits, label, hint, error, code, onCode, onSubmit, submitLabel, busyLabel, busy }: CodeFormProps) {
  const id = useId();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className="space-y-4"
      noValidate
    >
      <Field id={id} label={label} hint={hint} error={error ?? undefined}>
        <Input
          id={id}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={digits}
          value={code}
          invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => onCode(e.target.value.replace(/\D/g, '').slice(0, digits))}
          className="h-14 text-center font-mono text-2xl tracking-[0.5em]"
          autoFocus
        />
      </Field>
      <Button type="submit" className={bigButton} disabled={busy || code.length !== digits}>
        {busy ? busyLabel : submitLabel}
      </Button>
    </form>
  );
}
