'use client';

import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Alert, Badge } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { setTemplateTermsAction } from '../actions';

type Term = { id: string; name: string; format: 'markdown' | 'pdf'; active: boolean };

type Props = { templateId: string; attached: Term[]; available: Term[]; readOnly?: boolean };

/** The terms a contract template carries, in order. Every change is saved at once (the whole list). */
export function TermsPanel({ templateId, attached, available, readOnly = false }: Props) {
  const t = useTranslations('templates');
  const router = useRouter();
  const [terms, setTerms] = useState(attached);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const attachedIds = new Set(terms.map((x) => x.id));
  const choices = available.filter((x) => !attachedIds.has(x.id));

  const save = (next: Term[]) => {
    const previous = terms;
    setTerms(next);
    setError(null);
    setSaved(false);
    start(async () => {
      const res = await setTemplateTermsAction({ templateId, termIds: next.map((x) => x.id) });
      if (!res.ok) {
        setTerms(previous);
        setError(res.fieldErrors?.termIds?.[0] ?? res.message);
        return;
      }
      setSaved(true);
      router.refresh();
    });
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...terms];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    save(next);
  };

  const iconButton = 'inline-flex h-8 w-8 items-center justify-center rounded text-slate-600 hover:bg-slate-100 disabled:opacity-30';

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {terms.length === 0 ? (
        <p className="text-sm text-slate-600">{t('terms.empty')}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="template-terms" aria-busy={pending}>
          {terms.map((term, i) => (
            <li key={term.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <span className="w-5 text-right tabular-nums text-slate-500">{i + 1}.</span>
              <Link href={`/console/templates/${term.id}`} className="min-w-0 flex-1 truncate font-medium text-blue-800 hover:underline">
                {term.name}
              </Link>
              {term.format === 'pdf' ? <Badge>{t('format.pdf')}</Badge> : null}
              {!term.active ? <Badge tone="red">{t('list.inactive')}</Badge> : null}
              {!readOnly ? (
                <span className="flex items-center">
                  <button type="button" className={iconButton} disabled={pending || i === 0} onClick={() => move(i, -1)} aria-label={t('terms.moveUp', { name: term.name })} title={t('terms.moveUp', { name: term.name })}>
                    <ArrowUp className="h-4 w-4" />
                  </button>
                  <button
                    type="button"
                    className={iconButton}
                    disabled={pending || i === terms.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('terms.moveDown', { name: term.name })}
                    title={t('terms.moveDown', { name: term.name })}
                  >
                    <ArrowDown className="h-4 w-4" />
                  </button>
                  <button
                    type="button"
                    className={`${iconButton} hover:text-red-700`}
                    disabled={pending}
                    onClick={() => save(terms.filter((x) => x.id !== term.id))}
                    aria-label={t('terms.remove', { name: term.name })}
                    title={t('terms.remove', { name: term.name })}
                  >
                    <X className="h-4 w-4" />
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {!readOnly ? (
        available.length === 0 ? (
          <p className="text-sm text-slate-600">
            {t('terms.noTerms')}{' '}
            <Link href="/console/templates/new?kind=term" className="text-blue-700 hover:underline">
              {t('terms.createTerm')}
            </Link>
          </p>
        ) : choices.length === 0 ? (
          <p className="text-sm text-slate-600">{t('terms.noneAvailable')}</p>
        ) : (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="template-add-term" className="sr-only">
              {t('terms.choose')}
            </label>
            <Select id="template-add-term" value={choice} onChange={(e) => setChoice(e.target.value)} className="w-auto min-w-72 flex-1">
              <option value="">{t('terms.choose')}</option>
              {choices.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                  {x.active ? '' : ` (${t('list.inactive')})`}
                </option>
              ))}
            </Select>
            <Button
              type="button"
              variant="secondary"
              disabled={!choice || pending}
              onClick={() => {
                const term = choices.find((x) => x.id === choice);
                if (!term) return;
                setChoice('');
                save([...terms, term]);
              }}
            >
              {t('terms.add')}
            </Button>
          </div>
        )
      ) : null}
      {saved && !pending ? <p className="text-sm text-green-800" role="status">{t('terms.saved')}</p> : null}
    </div>
  );
}
