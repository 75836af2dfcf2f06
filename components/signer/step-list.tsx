import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

export type SignerStep = 'identity' | 'read' | 'sign';
const ORDER: SignerStep[] = ['identity', 'read', 'sign'];

/** Confirmar identidade → Ler → Assinar, with the current one marked for screen readers too. */
export function StepList({ current }: { current?: SignerStep }) {
  const t = useTranslations('signer.steps');
  const at = current ? ORDER.indexOf(current) : -1;
  return (
    <ol aria-label={t('label')} className="flex gap-2 text-sm">
      {ORDER.map((step, i) => {
        const state = i < at ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li
            key={step}
            aria-current={state === 'current' ? 'step' : undefined}
            className={cn(
              'flex flex-1 flex-col items-center gap-1 rounded-md border px-1 py-2 text-center leading-tight',
              state === 'current' && 'border-blue-700 bg-blue-50 font-semibold text-blue-900',
              state === 'done' && 'border-green-200 bg-green-50 text-green-900',
              state === 'todo' && 'border-slate-200 bg-white text-slate-600',
            )}
          >
            <span aria-hidden className={cn('flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold', state === 'done' ? 'bg-green-700 text-white' : state === 'current' ? 'bg-blue-700 text-white' : 'bg-slate-200 text-slate-700')}>
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span>
              {t(step)}
              {state === 'current' ? <span className="sr-only"> ({t('current')})</span> : null}
              {state === 'done' ? <span className="sr-only"> ({t('done')})</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
