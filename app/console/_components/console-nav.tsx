'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

type Group = { label: string; items: { href: string; label: string; ready: boolean }[] };

export function ConsoleNav({ home, groups, comingSoon }: { home: string; groups: Group[]; comingSoon: string }) {
  const pathname = usePathname();
  const link = (href: string, label: string, ready = true) => {
    const active = href === '/console' ? pathname === href : pathname.startsWith(href);
    return (
      <Link
        key={href}
        href={href}
        aria-current={active ? 'page' : undefined}
        className={cn(
          'flex items-center justify-between rounded-md px-3 py-2 text-sm',
          active ? 'bg-blue-50 font-medium text-blue-800' : 'text-slate-700 hover:bg-slate-100',
        )}
      >
        {label}
        {!ready ? (
          <span className="text-[10px] uppercase tracking-wide text-slate-400">
            {comingSoon}
          </span>
        ) : null}
      </Link>
    );
  };
  return (
    <nav aria-label="Seções do console" className="flex-1 space-y-5 overflow-y-auto px-3 py-4">
      {link('/console', home)}
      {groups.map((g) => (
        <div key={g.label}>
          <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{g.label}</p>
          <div className="space-y-0.5">{g.items.map((i) => link(i.href, i.label, i.ready))}</div>
        </div>
      ))}
    </nav>
  );
}
