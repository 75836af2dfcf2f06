import Link from 'next/link';
import { cn } from '@/components/ui/cn';

export const contractTabs = ['contrato', 'termos', 'os', 'historico'] as const;
export type ContractTab = (typeof contractTabs)[number];

/** Tabs as links (?aba=…): each one is addressable, and the page renders only what it shows. */
export function ContractTabs({ base, current, labels, label }: { base: string; current: ContractTab; labels: Record<ContractTab, string>; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {contractTabs.map((tab) => (
          <li key={tab}>
            <Link
              href={tab === 'contrato' ? base : `${base}?aba=${tab}`}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'inline-block border-b-2 px-4 py-2 text-sm',
                tab === current ? 'border-blue-700 font-medium text-blue-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {labels[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
