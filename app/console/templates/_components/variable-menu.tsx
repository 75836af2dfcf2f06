'use client';

import { Braces, ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { templateVariables, variableGroupLabels, type VariableGroup } from '@/lib/documents/variables';

const groups = Object.keys(variableGroupLabels) as VariableGroup[];

/** "Inserir variável": the catalogue by group; choosing one inserts {{key}} where the cursor was. */
export function VariableMenu({ label, onInsert, disabled }: { label: string; onInsert: (key: string) => void; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-blue-200 bg-blue-50 px-3 text-xs font-medium text-blue-800 hover:bg-blue-100 disabled:opacity-50"
      >
        <Braces aria-hidden className="h-3.5 w-3.5" />
        {label}
        <ChevronDown aria-hidden className="h-3.5 w-3.5" />
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onKeyDown}
          className="absolute right-0 top-full z-30 mt-1 w-[42rem] max-w-[calc(100vw-4rem)] columns-3 gap-4 rounded-lg border border-slate-200 bg-white p-3 shadow-xl"
        >
          {groups.map((group) => (
            <div key={group} role="group" aria-label={variableGroupLabels[group]} className="mb-3 break-inside-avoid">
              <p className="px-2 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">{variableGroupLabels[group]}</p>
              {templateVariables
                .filter((v) => v.group === group)
                .map((v) => (
                  <button
                    key={v.key}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    onClick={() => {
                      onInsert(v.key);
                      setOpen(false);
                    }}
                    className="block w-full rounded px-2 py-1 text-left hover:bg-blue-50 focus:bg-blue-50 focus:outline-none"
                  >
                    <span className="block text-sm text-slate-800">{v.label}</span>
                    <span className="block font-mono text-[11px] text-slate-500">{`{{${v.key}}}`}</span>
                  </button>
                ))}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
