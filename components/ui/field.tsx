import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { cn } from './cn';

const control =
  'block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 disabled:bg-slate-100';

type FieldProps = { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode };

/** Label + control + hint + error, wired with aria attributes so screen readers announce errors. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  const { invalid, ...rest } = props;
  return (
    <input
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? `${rest.id}-error` : undefined}
      className={cn(control, 'h-10', invalid ? 'border-red-600' : 'border-slate-300', className)}
      {...rest}
    />
  );
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  const { invalid, ...rest } = props;
  return (
    <select
      aria-invalid={invalid || undefined}
      className={cn(control, 'h-10', invalid ? 'border-red-600' : 'border-slate-300', className)}
      {...rest}
    />
  );
}

export function Textarea({ className, ...props }: import('react').TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  const { invalid, ...rest } = props;
  return (
    <textarea
      aria-invalid={invalid || undefined}
      className={cn(control, 'min-h-24', invalid ? 'border-red-600' : 'border-slate-300', className)}
      {...rest}
    />
  );
}

/** A checkbox with its label on the right; the whole row is the tap target. */
export function Checkbox({ label, id, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string }) {
  return (
    <label htmlFor={id} className="flex cursor-pointer items-center gap-2 text-sm text-slate-700">
      <input id={id} type="checkbox" className="h-4 w-4 rounded border-slate-300 text-blue-700" {...props} />
      {label}
    </label>
  );
}
