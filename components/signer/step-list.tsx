import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { FlowStep } from '@/lib/signing/flow-steps';

/** The steps a signer sees numbered: everything between the landing and the end. */
export type SignerStep = Exclude<FlowStep, 'landing' | 'done'>;
const VISIBLE: readonly FlowStep[] = ['access', 'identity', 'read', 'attachments', 'sign'];

/**
 * The signer's path (from lib/signing/flow-steps), with the current step marked for screen readers
 * too. Only the steps this signer walks are shown.
 */
export function StepList({ steps, current }: { steps: readonly FlowStep[]; current?: SignerStep }) {
  const t = useTranslations('signer.steps');
  const shown = steps.filter((s): s is SignerStep => VISIBLE.includes(s));
  const at = current ? shown.indexOf(current) : -1;
  const many = shown.length > 3;
  return (
    <ol aria-label={t('label')} className={cn('flex', many ? 'gap-1 text-xs' : 'gap-2 text-sm')}>
      {shown.map((step, i) => {
        const state = i < at ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li
            key={step}
            aria-current={state === 'current' ? 'step' : undefined}
            className={cn(
              'flex min-w-0 flex-1 flex-col items-center gap-1 rounded-md border px-0.5 py-2 text-center leading-tight',
              state === 'current' && 'border-blue-700 bg-blue-50 font-semibold text-blue-900',
              state === 'done' && 'border-green-200 bg-green-50 text-green-900',
              state === 'todo' && 'border-slate-200 bg-white text-slate-600',
            )}
          >
            <span aria-hidden className={cn('flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold', state === 'done' ? 'bg-green-700 text-white' : state === 'current' ? 'bg-blue-700 text-white' : 'bg-slate-200 text-slate-700')}>
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="max-w-full break-words">
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
