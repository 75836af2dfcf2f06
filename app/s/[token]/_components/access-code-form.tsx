'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import { sendCodeAction, verifyCodeAction } from '../actions';

type Sent = { channel: 'email' | 'sms' | 'whatsapp'; destinationMasked: string };

/** "Enviar código" → the code typed → the signer-session cookie set by the action → next step. */
export function AccessCodeForm({ token, senderCode, next }: { token: string; senderCode: boolean; next: string }) {
  const t = useTranslations('signer.code');
  const router = useRouter();
  const inputId = useId();
  const [sent, setSent] = useState<Sent | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [nowMs, setNowMs] = useState(0);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const [verifying, startVerifying] = useTransition();
  const digits = senderCode ? 4 : 6;

  useEffect(() => {
    if (!resendAt) return;
    const tick = () => setNowMs(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [resendAt]);
  const wait = resendAt ? Math.max(0, Math.ceil((resendAt - nowMs) / 1000)) : 0;

  const send = () =>
    startSending(async () => {
      setError(null);
      const res = await sendCodeAction({ token });
      if (!res.ok) return setError(res.message);
      setSent({ channel: res.data.channel, destinationMasked: res.data.destinationMasked });
      setResendAt(Date.now() + res.data.resendInSeconds * 1000);
    });

  const verify = (e: React.FormEvent) => {
    e.preventDefault();
    startVerifying(async () => {
      setError(null);
      const res = await verifyCodeAction({ token, code });
      if (!res.ok) {
        setError(res.fieldErrors?.code?.[0] ?? res.message);
        return;
      }
      router.replace(next);
      router.refresh();
    });
  };

  const showCodeInput = senderCode || sent !== null;
  return (
    <div className="space-y-4">
      {!senderCode && !sent ? (
        <>
          <p className="text-base text-slate-700">{t('intro')}</p>
          <Button type="button" className={bigButton} onClick={send} disabled={sending}>
            {sending ? t('sending') : t('send')}
          </Button>
        </>
      ) : null}
      {senderCode ? <p className="text-base text-slate-700">{t('senderCode')}</p> : null}
      {sent ? (
        <Alert tone="success">{t('sentTo', { channel: t(`channel.${sent.channel}`), destination: sent.destinationMasked })}</Alert>
      ) : null}
      {showCodeInput ? (
        <form onSubmit={verify} className="space-y-4" noValidate>
          <Field id={inputId} label={t('label')} hint={t('hint')} error={error ?? undefined}>
            <Input
              id={inputId}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={digits}
              value={code}
              invalid={Boolean(error)}
              aria-describedby={error ? `${inputId}-error` : `${inputId}-hint`}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, digits))}
              className="h-14 text-center font-mono text-2xl tracking-[0.5em]"
              autoFocus
            />
          </Field>
          <Button type="submit" className={bigButton} disabled={verifying || code.length !== digits}>
            {verifying ? t('verifying') : t('verify')}
          </Button>
        </form>
      ) : error ? (
        <Alert tone="error">{error}</Alert>
      ) : null}
      {sent ? (
        <Button type="button" variant="secondary" className={bigButton} onClick={send} disabled={sending || wait > 0}>
          {wait > 0 ? t('resendIn', { seconds: wait }) : t('resend')}
        </Button>
      ) : null}
    </div>
  );
}
