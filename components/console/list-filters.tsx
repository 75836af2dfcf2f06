import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';

const labelClass = 'mb-1 block text-xs font-medium text-slate-600';

/** A GET form laid out as one row of filters: the URL holds the filters, so lists are linkable. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className="mb-5 grid items-end gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto_auto_auto]"
    >
      {children}
    </form>
  );
}

export function FilterText({ id, name, label, value, placeholder }: { id: string; name: string; label: string; value?: string; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <Input id={id} name={name} type="search" defaultValue={value} placeholder={placeholder} />
    </div>
  );
}

type Option = { value: string; label: string };

export function FilterSelect({ id, name, label, value, allLabel, options }: { id: string; name: string; label: string; value?: string; allLabel: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** "De" / "Até": calendar days in Brazil, inclusive. */
export function FilterPeriod({ idPrefix, from, to, labels }: { idPrefix: string; from?: string; to?: string; labels: { from: string; to: string } }) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-from`} className={labelClass}>
          {labels.from}
        </label>
        <Input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`} className={labelClass}>
          {labels.to}
        </label>
        <Input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to} />
      </div>
    </>
  );
}

export function FilterActions({ filtered, clearHref, applyLabel, clearLabel }: { filtered: boolean; clearHref: string; applyLabel: string; clearLabel: string }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" variant="secondary">
        {applyLabel}
      </Button>
      {filtered ? (
        <Button variant="ghost" asChild>
          <Link href={clearHref}>{clearLabel}</Link>
        </Button>
      ) : null}
    </div>
  );
}
