'use client';

import { useState, type ReactNode } from 'react';
import { cn } from './cn';

type Props = {
  id: string;
  /** Form field name, when the file travels in the form's own submission. */
  name?: string;
  accept: string;
  /** What the button says ("Escolher arquivo", "Enviar outro arquivo"…). */
  children: ReactNode;
  onFile?: (file: File | null) => void;
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** Reset the input after each choice (uploads that happen at once, so the same file can be sent again). */
  resetAfterChoice?: boolean;
  /** Shown after the button: the chosen file's name, or this when none was chosen; null hides it. */
  noneChosen?: string | null;
  size?: 'md' | 'lg';
};

/**
 * A file input with our words instead of the browser's ("Choose File / No file chosen" on an English
 * system). The real input stays in the page, visually hidden, so keyboards and screen readers reach
 * it and forms submit it; its label is the visible, large tap target.
 */
export function FilePicker({ id, name, accept, children, onFile, disabled, required, invalid, describedBy, resetAfterChoice, noneChosen = 'Nenhum arquivo escolhido', size = 'md' }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className="peer sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setChosen(resetAfterChoice ? null : (file?.name ?? null));
          onFile?.(file);
          if (resetAfterChoice) e.target.value = '';
        }}
      />
      <label
        htmlFor={id}
        className={cn(
          'inline-flex cursor-pointer items-center justify-center rounded-md border bg-white font-medium text-slate-800 hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600 peer-disabled:cursor-wait peer-disabled:text-slate-400',
          invalid ? 'border-red-600' : 'border-slate-300',
          size === 'lg' ? 'h-12 w-full text-base' : 'h-10 px-4 text-sm',
        )}
      >
        {children}
      </label>
      {noneChosen !== null ? (
        <span aria-live="polite" className="min-w-0 break-all text-sm text-slate-600">
          {chosen ?? noneChosen}
        </span>
      ) : null}
    </div>
  );
}
