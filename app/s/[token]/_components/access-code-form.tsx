'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import { CodeForm, useResendCountdown } from '@/components/signer/code-entry';
import { sendCodeAction, verifyCodeAction } from '../actions';

type Sent = { channel: 'email' | 'sms' | 'whatsapp'; destinationMasked: string };

/** "Enviar código" → the code typed → the signer-session cookie set by the action → next step. */
export function AccessCodeForm({ token, senderCode, next }: { token: string; senderCode: boolean; next: string }) {
  const t = useTranslations('signer.code');
  const router = useRouter();
  const [sent, setSent] = useState<Sent | null>(null);
  const countdown = useResendCountdown();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const [verifying, startVerifying] = useTransition();
  const digits = senderCode ? 4 : 6;
  const wait = countdown.wait;

  const send = () =>
    startSending(async () => {
      setError(null);
      const res = await sendCodeAction({ token });
      if (!res.ok) return setError(res.message);
      setSent({ channel: res.data.channel, destinationMasked: res.data.destinationMasked });
      countdown.start(res.data.resendInSeconds);
    });

  const verify = () => {
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
        <CodeForm
          digits={digits}
          label={t('label')}
          hint={t('hint')}
          error={error}
          code={code}
          onCode={setCode}
          onSubmit={verify}
          submitLabel={t('verify')}
          busyLabel={t('verifying')}
          busy={verifying}
        />
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
