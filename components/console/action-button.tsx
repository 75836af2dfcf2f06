'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action';

type Props<T> = {
  run: () => Promise<ActionResult<T>>;
  label: string;
  pendingLabel: string;
  /** Shown (and the button stays disabled) after it succeeded; without it the button comes back. */
  doneLabel?: string;
  /** After success; default: refresh the page. */
  onDone?: (data: T) => void;
  variant?: 'primary' | 'secondary';
  size?: 'sm' | 'md';
  ariaLabel?: string;
};

/** A one-click console action: runs, shows its pending state, refreshes, and shows a refusal under it. */
export function ActionButton<T>({ run, label, pendingLabel, doneLabel, onDone, variant = 'secondary', size = 'md', ariaLabel }: Props<T>) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const click = () =>
    start(async () => {
      setError(null);
      const res = await run();
      if (!res.ok) return setError(res.message);
      if (doneLabel) setDone(true);
      if (onDone) onDone(res.data);
      else router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant={variant} size={size} onClick={click} disabled={pending || done} aria-label={ariaLabel}>
        {done ? doneLabel : pending ? pendingLabel : label}
      </Button>
      {error ? (
        <p role="alert" className={`${size === 'sm' ? 'max-w-48' : 'max-w-64'} text-right text-xs text-red-700`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
