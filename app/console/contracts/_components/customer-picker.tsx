'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { searchCustomersAction } from '../actions';

export type PickedCustomer = { id: string; name: string; taxId: string };

type Props = {
  id: string;
  selected: PickedCustomer | null;
  onSelect: (customer: PickedCustomer | null) => void;
  invalid?: boolean;
  disabled?: boolean;
};

/**
 * Searches the account's customers as the person types (server-side, so it works with 100,000 of
 * them) and picks one. An ARIA combobox: arrows move, Enter picks, Escape closes.
 */
export function CustomerPicker({ id, selected, onSelect, invalid, disabled }: Props) {
  const t = useTranslations('contracts.form');
  const listId = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PickedCustomer[] | null>(null);
  const [active, setActive] = useState(0);
  const [searching, start] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  if (selected) {
    return (
      <div className="flex gap-2">
        <Input id={id} readOnly value={`${selected.name} — ${selected.taxId}`} className="bg-slate-50" />
        {!disabled ? (
          <Button
            type="button"
            variant="secondary"
            className="shrink-0"
            onClick={() => {
              setQ('');
              setResults(null);
              onSelect(null);
            }}
          >
            {t('customerChange')}
          </Button>
        ) : null}
      </div>
    );
  }

  const search = (value: string) => {
    setQ(value);
    setActive(0);
    clearTimeout(timer.current);
    if (!value.trim()) {
      setResults(null);
      return;
    }
    const ticket = ++latest.current;
    timer.current = setTimeout(() => {
      start(async () => {
        const res = await searchCustomersAction({ q: value });
        // Only the answer to the last thing typed counts.
        if (ticket === latest.current) setResults(res.ok ? res.data : []);
      });
    }, 250);
  };

  const pick = (c: PickedCustomer) => {
    setResults(null);
    onSelect(c);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!results?.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape') {
      setResults(null);
    }
  };

  const open = results !== null || (searching && q.trim() !== '');
  const shown = results ?? [];
  return (
    <div className="relative">
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown.length ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={t('customerSearchPlaceholder')}
        value={q}
        disabled={disabled}
        invalid={invalid}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('customerSearch')}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {shown.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{searching ? t('customerSearching') : t('customerNoResults')}</li>
          ) : (
            shown.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`flex cursor-pointer justify-between gap-4 px-3 py-2 ${i === active ? 'bg-blue-50 text-blue-900' : 'text-slate-800'}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(c)}
              >
                <span className="truncate font-medium">{c.name}</span>
                <span className="shrink-0 tabular-nums text-slate-500">{c.taxId}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
