'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { moveContractStageAction } from '../actions';

type Stage = { id: string; name: string; requires: string[]; nextName: string | null };

/** Shows the contract's stage and moves it; the server refuses a stage whose documents are not signed yet. */
export function StageCard({ contractId, currentId, stages, canManage }: { contractId: string; currentId: string | null; stages: Stage[]; canManage: boolean }) {
  const t = useTranslations('contracts.stage');
  const router = useRouter();
  const [stageId, setStageId] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const current = stages.find((s) => s.id === currentId) ?? null;

  const submit = () =>
    start(async () => {
      const res = await moveContractStageAction({ contractId, stageId });
      if (!res.ok) {
        setResult({ ok: false, text: res.fieldErrors?.stageId?.[0] ?? res.message });
        return;
      }
      setResult({ ok: true, text: t('moved') });
      setStageId('');
      router.refresh();
    });

  return (
    <div className="space-y-4">
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('current')}</p>
        <p className="mt-0.5 text-sm font-semibold text-slate-900" data-testid="contract-stage">
          {current?.name ?? t('none')}
        </p>
        {current?.nextName ? <p className="mt-1 text-xs text-slate-600">{t('next', { name: current.nextName })}</p> : null}
      </div>
      {stages.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noStages')}</p>
      ) : canManage ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label htmlFor="move-stage" className="block text-sm font-medium text-slate-700">
            {t('move')}
          </label>
          <div className="flex gap-2">
            <Select id="move-stage" value={stageId} onChange={(e) => {
                setStageId(e.target.value);
                setResult(null);
              }}>
              <option value="">{t('choose')}</option>
              {stages
                .filter((s) => s.id !== currentId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.requires.length ? `${s.name} — ${t('requires', { types: s.requires.join(', ') })}` : s.name}
                  </option>
                ))}
            </Select>
            <Button type="submit" variant="secondary" disabled={pending || !stageId} className="shrink-0">
              {pending ? t('moving') : t('submit')}
            </Button>
          </div>
        </form>
      ) : null}
      {result ? <Alert tone={result.ok ? 'success' : 'error'}>{result.text}</Alert> : null}
    </div>
  );
}
