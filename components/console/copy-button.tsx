'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies a value (an id, a key); the value stays visible next to it for whoever cannot use the clipboard. */
export function CopyButton({ value, label = 'Copiar', what }: { value: string; label?: string; what?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      aria-label={what ? `Copiar ${what}` : undefined}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      {copied ? 'Copiado' : label}
    </Button>
  );
}
