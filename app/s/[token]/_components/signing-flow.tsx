'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import { askPosition } from '@/components/signer/geolocation';
import { SignaturePad, type SignaturePadHandle } from '@/components/signer/signature-pad';
import { StepList } from '@/components/signer/step-list';
import { nextStep, previousStep, type FlowStep, type IdentityRequirements, type InFlowStep } from '@/lib/signing/flow-steps';
import type { DocumentNumberField } from '@/lib/signing/document-number';
import { recordViewAction, signAction } from '../actions';
import { AttachmentsStep, type FlowAttachmentRequest, type FlowUpload } from './attachments-step';

// The identity proof (issue 6) brings camera and face models: its own chunk, loaded only when
// this signer reaches that step.
const IdentityStep = dynamic(() => import('./identity-step').then((m) => m.IdentityStep), { loading: () => <StepLoading /> });
// PDF.js (≈ 200 KB gzip) only at the reading step, never in the landing page's first load.
const loadReader = () => import('./document-reader');
const DocumentReader = dynamic(() => loadReader().then((m) => m.DocumentReader), { ssr: false, loading: () => <StepLoading /> });

export type FlowDocument = { id: string; name: string; pages: number };
type Action = 'sign' | 'approve' | 'handwritten';

type Props = {
  token: string;
  action: Action;
  name: string;
  documents: FlowDocument[];
  readRequired: boolean;
  /** Documents already read to the end (the server's evidence), so a reload keeps the ticks. */
  readIds: string[];
  /** The signer's whole path (lib/signing/flow-steps), for the step list. */
  path: FlowStep[];
  /** The steps this component walks, in order (inFlowSteps(path)). */
  steps: InFlowStep[];
  identity: IdentityRequirements;
  attachmentRequests: FlowAttachmentRequest[];
  uploads: FlowUpload[];
  /** The document number the sender requires at the sign step (label, hint, keyboard), if any. */
  documentNumber: DocumentNumberField | null;
  requireGeolocation: boolean;
};

/**
 * After the access proof: [identity] → Ler → [anexos] → Assinar, in the order lib/signing/flow-steps
 * decided. The server enforces "leitura obrigatória" and the typed name; this component only
 * guides the person through it.
 */
export function SigningFlow(props: Props) {
  const { token, documents, readRequired, path, steps } = props;
  const t = useTranslations('signer');
  const [step, setStep] = useState<InFlowStep>(steps[0] ?? 'sign');
  const [reading, setReading] = useState<FlowDocument | null>(null);
  const [read, setRead] = useState<Set<string>>(() => new Set(props.readIds));
  const forward = () => setStep((s) => nextStep(steps, s) ?? s);
  const back = () => setStep((s) => previousStep(steps, s) ?? s);

  // First opening of the documents goes on the evidence trail ('recipient.viewed').
  useEffect(() => {
    void recordViewAction({ token });
  }, [token]);
  // The reader's code downloads while the signer looks at the list, so "Ler" opens at once.
  useEffect(() => {
    if (step === 'read') void loadReader();
  }, [step]);

  const allRead = documents.every((d) => read.has(d.id));
  const list = <StepList steps={path} current={step} />;

  if (step === 'identity') {
    return (
      <div className="space-y-5">
        {list}
        <IdentityStep token={token} requirements={props.identity} signerName={props.name} onDone={forward} />
      </div>
    );
  }
  if (step === 'attachments') {
    return (
      <div className="space-y-5">
        {list}
        <AttachmentsStep token={token} requests={props.attachmentRequests} uploads={props.uploads} onDone={forward} onBack={back} />
      </div>
    );
  }
  if (step === 'sign') {
    return (
      <div className="space-y-5">
        {list}
        <SignStep {...props} onBack={back} />
      </div>
    );
  }
  if (reading) {
    return (
      <div className="space-y-5">
        {list}
        <Reader
          token={token}
          document={reading}
          readRequired={readRequired}
          onBack={() => setReading(null)}
          onRead={() => {
            setRead((s) => new Set(s).add(reading.id));
            setReading(null);
          }}
        />
      </div>
    );
  }
  return (
    <div className="space-y-5">
      {list}
      <section aria-labelledby="read-title" className="space-y-3">
        <h1 id="read-title" className="text-xl font-semibold text-slate-900">
          {t('read.title')}
        </h1>
        <p className="text-base text-slate-700">{readRequired ? t('read.mustRead') : t('read.intro')}</p>
        <ul className="space-y-2">
          {documents.map((d) => (
            <li key={d.id} className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
              <div className="min-w-0 flex-1">
                <p className="break-words font-medium text-slate-900">{d.name}</p>
                <p className="text-sm text-slate-600">
                  {t('landing.pages', { count: d.pages })}
                  {read.has(d.id) ? <span className="ml-2 font-medium text-green-800">✓ {t('read.readDone')}</span> : null}
                </p>
              </div>
              <Button type="button" variant={read.has(d.id) ? 'secondary' : 'primary'} className="h-11 shrink-0 px-5 text-base" onClick={() => setReading(d)} aria-label={`${t('read.open')}: ${d.name}`}>
                {t('read.open')}
              </Button>
            </li>
          ))}
        </ul>
        <Button type="button" className={bigButton} disabled={readRequired && !allRead} onClick={forward}>
          {nextStep(steps, 'read') === 'attachments' ? t('read.continueAttachments') : t('read.continue')}
        </Button>
      </section>
    </div>
  );
}

function StepLoading() {
  const t = useTranslations('signer');
  return (
    <p role="status" className="py-8 text-center text-base text-slate-600">
      {t('loading')}
    </p>
  );
}

function Reader({ token, document, readRequired, onBack, onRead }: { token: string; document: FlowDocument; readRequired: boolean; onBack: () => void; onRead: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [finishing, start] = useTransition();
  const [reached, setReached] = useState(false);

  // The server keeps the evidence: the first time the last page is reached, and how far the signer got.
  const onReachedEnd = useCallback(
    (pages: number) => {
      void recordViewAction({ token, documentId: document.id, reachedEnd: true, lastPage: pages }).then((res) => {
        if (res.ok) setReached(true);
        else setError(res.message);
      });
    },
    [token, document.id],
  );
  const finish = (lastPage: number, reachedEnd: boolean) =>
    start(async () => {
      setError(null);
      const res = await recordViewAction({ token, documentId: document.id, reachedEnd, lastPage: Math.max(1, lastPage) });
      if (!res.ok) return setError(res.message);
      if (reachedEnd || reached) onRead();
      else onBack();
    });

  return (
    <DocumentReader
      url={`/s/${token}/documents/${document.id}`}
      document={document}
      readRequired={readRequired}
      onReachedEnd={onReachedEnd}
      onFinish={finish}
      onBack={(lastPage) => {
        if (lastPage > 0) void recordViewAction({ token, documentId: document.id, lastPage });
        onBack();
      }}
      finishing={finishing}
      error={error}
    />
  );
}

function SignStep({ token, action, name, documentNumber, requireGeolocation, onBack }: Props & { onBack: () => void }) {
  const t = useTranslations('signer.sign');
  const router = useRouter();
  const nameId = useId();
  const docId = useId();
  const pad = useRef<SignaturePadHandle>(null);
  const [typed, setTyped] = useState('');
  const [docNumber, setDocNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, start] = useTransition();
  const nameError = fieldErrors.typedName?.[0];
  const docError = fieldErrors.documentNumber?.[0];

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setError(null);
      setFieldErrors({});
      const form = new FormData();
      form.set('token', token);
      if (action === 'sign') form.set('typedName', typed);
      if (documentNumber) form.set('documentNumber', docNumber);
      if (action === 'handwritten') {
        const png = pad.current && !pad.current.isEmpty() ? await pad.current.toPng() : null;
        if (!png) return setError(t('drawFirst'));
        form.set('drawing', new File([png], 'assinatura.png', { type: 'image/png' }));
      }
      const located = await askPosition();
      if (located.position) {
        form.set('lat', String(located.position.lat));
        form.set('lon', String(located.position.lon));
        form.set('accuracy', String(located.position.accuracy));
      } else if (requireGeolocation) {
        return setError(located.reason === 'denied' ? t('geoDenied') : t('geoUnavailable'));
      }
      const res = await signAction(form);
      if (!res.ok) {
        if (res.fieldErrors?.typedName || res.fieldErrors?.documentNumber) return setFieldErrors(res.fieldErrors);
        return setError(res.message);
      }
      router.replace(`/s/${token}${located.position ? '' : '?local=0'}`);
      router.refresh();
    });
  };

  return (
    <section aria-labelledby="sign-title">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <h1 id="sign-title" className="text-xl font-semibold text-slate-900">
          {action === 'approve' ? t('titleApprove') : t('title')}
        </h1>
        {action === 'approve' ? <p className="text-base text-slate-700">{t('approveIntro')}</p> : null}
        {action === 'sign' ? (
          <>
            <p className="text-base text-slate-700">{t('typeIntro')}</p>
            <Field id={nameId} label={t('typeLabel')} hint={t('typeHint', { name })} error={nameError}>
              <Input
                id={nameId}
                name="typedName"
                autoComplete="name"
                autoCapitalize="words"
                spellCheck={false}
                value={typed}
                invalid={Boolean(nameError)}
                aria-describedby={nameError ? `${nameId}-error` : `${nameId}-hint`}
                onChange={(e) => setTyped(e.target.value)}
                className="h-12 text-lg"
              />
            </Field>
          </>
        ) : null}
        {documentNumber ? (
          <Field id={docId} label={documentNumber.label} hint={documentNumber.hint} error={docError}>
            <Input
              id={docId}
              name="documentNumber"
              inputMode={documentNumber.inputMode}
              autoComplete="off"
              spellCheck={false}
              maxLength={documentNumber.maxLength}
              value={docNumber}
              invalid={Boolean(docError)}
              aria-describedby={docError ? `${docId}-error` : `${docId}-hint`}
              onChange={(e) => setDocNumber(e.target.value)}
              className="h-12 text-lg tabular-nums"
            />
          </Field>
        ) : null}
        {action === 'handwritten' ? (
          <>
            <p className="text-base text-slate-700">{t('drawIntro')}</p>
            <SignaturePad ref={pad} label={t('padLabel')} clearLabel={t('clear')} />
          </>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="text-sm text-slate-600">{requireGeolocation ? t('geoRequired') : t('geoNote')}</p>
        {action !== 'approve' ? <p className="text-sm text-slate-600">{t('agree')}</p> : null}
        <Button type="submit" className={bigButton} disabled={pending || (action === 'sign' && typed.trim().length === 0) || (Boolean(documentNumber) && docNumber.trim().length === 0)}>
          {pending ? t('signing') : action === 'approve' ? t('approve') : t('sign')}
        </Button>
        <Button type="button" variant="secondary" className={bigButton} onClick={onBack}>
          {t('back')}
        </Button>
      </form>
    </section>
  );
}
