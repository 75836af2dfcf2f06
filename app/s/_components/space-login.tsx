'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import { CodeForm, useResendCountdown } from '@/components/signer/code-entry';
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
  const [cpf, setCpf] = useState('');
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [cpfError, setCpfError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const countdown = useResendCountdown();
  const [sending, startSending] = useTransition();
  const [verifying, startVerifying] = useTransition();
  const wait = countdown.wait;

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
      countdown.start(res.data.resendInSeconds);
    });
  };

  const verify = () => {
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
      <CodeForm
        digits={6}
        label={t('codeLabel')}
        hint={t('codeHint')}
        error={codeError}
        code={code}
        onCode={setCode}
        onSubmit={verify}
        submitLabel={t('verify')}
        busyLabel={t('verifying')}
        busy={verifying}
      />
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
