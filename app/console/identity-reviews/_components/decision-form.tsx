'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Textarea } from '@/components/ui/field';
import { decideIdentityReviewAction } from '../actions';

/** Approve or reject, with the reason the signer will read (required to reject). */
export function DecisionForm({ proofId }: { proofId: string }) {
  const t = useTranslations('identityReviews');
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const decide = (decision: 'approve' | 'reject') =>
    start(async () => {
      setError(null);
      setFieldError(null);
      const res = await decideIdentityReviewAction({ proofId, decision, reason });
      if (!res.ok) return res.fieldErrors?.reason ? setFieldError(res.fieldErrors.reason[0]) : setError(res.message);
      router.refresh();
    });

  return (
    <div className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <Field id={id} label={t('reason')} hint={t('reasonHint')} error={fieldError ?? undefined}>
        <Textarea id={id} rows={3} value={reason} invalid={!!fieldError} onChange={(e) => setReason(e.target.value)} aria-describedby={fieldError ? `${id}-error` : `${id}-hint`} />
      </Field>
      <div className="flex gap-3">
        <Button type="button" disabled={pending} onClick={() => decide('approve')}>
          {pending ? t('saving') : t('approve')}
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => decide('reject')}>
          {t('reject')}
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
