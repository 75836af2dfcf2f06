'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import { sendSpaceCodeAction, verifySpaceCodeAction } from '../actions';

/** 529.982.247-25 as it is typed. */
function maskCpf(value: string) {
  const d = value.replace(/\D/g, '').slice(0, 11);
  return d.replace(/^(\d{3})(\d)/, '$1.$2').replace(/^(\d{3})\.(\d{3})(\d)/, '$1.$2.$3').replace(/\.(\d{3})(\d{1,2})$/, '.$1-$2');
}

/** CPF → "Enviar código" → the code typed → the space's cookie set by the action → the list. */
export function SpaceLogin() {
  const t = useTranslations('signer.space');
  const router = useRouter();
  const cpfId = useId();
  const codeId = useId();
  const [cpf, setCpf] = useState('');
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [cpfError, setCpfError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [nowMs, setNowMs] = useState(0);
  const [sending, startSending] = useTransition();
  const [verifying, startVerifying] = useTransition();

  useEffect(() => {
    if (!resendAt) return;
    const tick = () => setNowMs(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [resendAt]);
  const wait = resendAt ? Math.max(0, Math.ceil((resendAt - nowMs) / 1000)) : 0;

  const send = (e?: React.FormEvent) => {
    e?.preventDefault();
    startSending(async () => {
      setCpfError(null);
      setCodeError(null);
      const res = await sendSpaceCodeAction({ cpf });
      if (!res.ok) {
        if (sentMessage) setCodeError(res.message);
        else setCpfError(res.fieldErrors?.cpf?.[0] ?? res.message);
        return;
      }
      setSentMessage(res.data.message);
      setResendAt(Date.now() + res.data.resendInSeconds * 1000);
    });
  };

  const verify = (e: React.FormEvent) => {
    e.preventDefault();
    startVerifying(async () => {
      setCodeError(null);
      const res = await verifySpaceCodeAction({ cpf, code });
      if (!res.ok) return setCodeError(res.fieldErrors?.code?.[0] ?? res.message);
      router.refresh();
    });
  };

  if (!sentMessage) {
    return (
      <form onSubmit={send} className="space-y-4" noValidate>
        <Field id={cpfId} label={t('cpfLabel')} hint={t('cpfHint')} error={cpfError ?? undefined}>
          <Input
            id={cpfId}
            name="cpf"
            inputMode="numeric"
            autoComplete="off"
            placeholder="000.000.000-00"
            value={cpf}
            invalid={Boolean(cpfError)}
            aria-describedby={cpfError ? `${cpfId}-error` : `${cpfId}-hint`}
            onChange={(e) => setCpf(maskCpf(e.target.value))}
            className="h-12 text-lg"
            autoFocus
          />
        </Field>
        <Button type="submit" className={bigButton} disabled={sending || cpf.replace(/\D/g, '').length !== 11}>
          {sending ? t('sending') : t('send')}
        </Button>
      </form>
    );
  }

  return (
    <div className="space-y-4">
      <Alert tone="success">{sentMessage}</Alert>
      <form onSubmit={verify} className="space-y-4" noValidate>
        <Field id={codeId} label={t('codeLabel')} hint={t('codeHint')} error={codeError ?? undefined}>
          <Input
            id={codeId}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            value={code}
            invalid={Boolean(codeError)}
            aria-describedby={codeError ? `${codeId}-error` : `${codeId}-hint`}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            className="h-14 text-center font-mono text-2xl tracking-[0.5em]"
            autoFocus
          />
        </Field>
        <Button type="submit" className={bigButton} disabled={verifying || code.length !== 6}>
          {verifying ? t('verifying') : t('verify')}
        </Button>
      </form>
      <Button type="button" variant="secondary" className={bigButton} onClick={() => send()} disabled={sending || wait > 0}>
        {wait > 0 ? t('resendIn', { seconds: wait }) : t('resend')}
      </Button>
      <Button
        type="button"
        variant="ghost"
        className={bigButton}
        onClick={() => {
          setSentMessage(null);
          setCode('');
          setCodeError(null);
        }}
      >
        {t('otherCpf')}
      </Button>
    </div>
  );
}
