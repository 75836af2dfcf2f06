'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/field';
import { bigButton } from '@/components/signer/big-button';
import type { IdentityState } from '@/lib/identity/get-identity-state';
import { acceptIdentityConsentAction, submitIdDocumentAction, submitSelfieAction } from '../../identity/actions';
import { CameraProblemPanel } from './camera-problem';
import { CameraView, type CameraProblem } from './camera-view';
import { FilePicker } from '@/components/ui/file-picker';

type Step = IdentityState['step'];
type Feedback = { guidance: string | null; attemptsLeft: number } | null;
type Outcome = { passed: boolean; status: IdentityState['status']; attemptsLeft: number; guidance: string | null };

function stepAfter(o: Outcome, required: IdentityState['required'], from: 'selfie' | 'document'): Step {
  if (o.status === 'passed' || o.status === 'approved') return 'done';
  if (o.status === 'manual_review') return 'review';
  if (o.status === 'rejected') return 'rejected';
  if (from === 'selfie' && o.passed && required.document) return 'document';
  return from;
}

/**
 * Prova de identidade: LGPD notice → selfie (live camera with face guidance) → ID document
 * (camera or file) → done, or manual review after the tries run out. The server decides every
 * verdict; this component only guides and uploads.
 */
export function IdentityProof({ token, state, onDone }: { token: string; state: IdentityState; onDone: () => void }) {
  const [step, setStep] = useState<Step>(state.step);
  const [feedback, setFeedback] = useState<Feedback>(state.guidance ? { guidance: state.guidance, attemptsLeft: state.attemptsLeft } : null);
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.querySelector('h1')?.focus(), [step]);

  const after = (o: Outcome, from: 'selfie' | 'document') => {
    setFeedback(o.passed ? null : { guidance: o.guidance, attemptsLeft: o.attemptsLeft });
    setStep(stepAfter(o, state.required, from));
  };

  return (
    <div ref={heading} className="space-y-4">
      {step === 'consent' ? <ConsentStep token={token} paragraphs={state.consent.paragraphs} onAccepted={() => setStep(state.required.selfie ? 'selfie' : 'document')} /> : null}
      {step === 'selfie' ? <SelfieStep token={token} feedback={feedback} onOutcome={(o) => after(o, 'selfie')} /> : null}
      {step === 'document' ? (
        <DocumentStep token={token} feedback={feedback} canRetakeSelfie={state.required.selfie} onRetakeSelfie={() => setStep('selfie')} onOutcome={(o) => after(o, 'document')} />
      ) : null}
      {step === 'done' ? <Done onDone={onDone} /> : null}
      {step === 'review' ? <Review /> : null}
      {step === 'rejected' ? <Rejected reason={state.reviewReason} /> : null}
    </div>
  );
}

function Title({ children }: { children: React.ReactNode }) {
  return (
    <h1 tabIndex={-1} className="text-xl font-semibold text-slate-900 outline-none">
      {children}
    </h1>
  );
}

function FeedbackAlert({ feedback }: { feedback: Feedback }) {
  const t = useTranslations('identity.result');
  if (!feedback?.guidance) return null;
  return (
    <Alert tone="error">
      <strong className="block">{t('failedTitle')}</strong>
      {feedback.guidance} {t('attemptsLeft', { count: feedback.attemptsLeft })}
    </Alert>
  );
}

function ConsentStep({ token, paragraphs, onAccepted }: { token: string; paragraphs: string[]; onAccepted: () => void }) {
  const t = useTranslations('identity.consent');
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const accept = () =>
    start(async () => {
      if (!checked) return setError(t('mustAccept'));
      const res = await acceptIdentityConsentAction({ token });
      if (!res.ok) return setError(res.message);
      onAccepted();
    });
  return (
    <section aria-labelledby={`${id}-t`} className="space-y-3">
      <div id={`${id}-t`}>
        <Title>{t('title')}</Title>
      </div>
      <p className="text-base text-slate-700">{t('intro')}</p>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-800">
        {paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <Checkbox id={`${id}-accept`} label={t('accept')} checked={checked} onChange={(e) => setChecked(e.target.checked)} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" className={bigButton} disabled={pending} onClick={accept}>
        {pending ? t('saving') : t('continue')}
      </Button>
    </section>
  );
}

function SelfieStep({ token, feedback, onOutcome }: { token: string; feedback: Feedback; onOutcome: (o: Outcome) => void }) {
  const t = useTranslations('identity.selfie');
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onProblem = useCallback((p: CameraProblem) => setProblem(p), []);
  const send = (photo: Blob) =>
    start(async () => {
      setError(null);
      const form = new FormData();
      form.set('token', token);
      form.set('image', new File([photo], 'selfie.jpg', { type: 'image/jpeg' }));
      const res = await submitSelfieAction(form);
      if (!res.ok) return setError(res.message);
      onOutcome(res.data);
    });
  return (
    <section className="space-y-3">
      <Title>{t('title')}</Title>
      <FeedbackAlert feedback={feedback} />
      {problem ? (
        <CameraProblemPanel
          token={token}
          problem={problem}
          onRetry={() => {
            setProblem(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : (
        <>
          <p className="text-base text-slate-700">{t('intro')}</p>
          <CameraView key={attempt} facing="user" detectFaces shutterLabel={pending ? t('checking') : t('shutter')} videoLabel={t('videoLabel')} busy={pending} onCapture={send} onProblem={onProblem} />
          {pending ? <p role="status" className="text-center text-base text-slate-700">{t('checking')}</p> : null}
        </>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}

function PhotoPicker({ id, label, required, photo, onPhoto }: { id: string; label: string; required: boolean; photo: File | null; onPhoto: (f: File | null) => void }) {
  const t = useTranslations('identity.document');
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-base font-medium text-slate-900">
        {label}
      </label>
      <FilePicker
        id={id}
        accept="image/jpeg,image/png,image/webp"
        size="lg"
        required={required}
        noneChosen={null}
        describedBy={`${id}-hint`}
        onFile={onPhoto}
      >
        {photo ? t('chooseOther') : t('choose')}
      </FilePicker>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t('fileHint')}
      </p>
      {photo && preview ? (
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local preview of the photo just chosen */}
          <img src={preview} alt="" className="h-16 w-24 rounded border border-slate-200 object-cover" />
          <p className="min-w-0 break-words text-sm text-slate-700">{t('ready', { name: photo.name })}</p>
        </div>
      ) : null}
    </div>
  );
}

function DocumentStep(props: { token: string; feedback: Feedback; canRetakeSelfie: boolean; onRetakeSelfie: () => void; onOutcome: (o: Outcome) => void }) {
  const { token } = props;
  const t = useTranslations('identity.document');
  const tc = useTranslations('identity.camera');
  const id = useId();
  const [front, setFront] = useState<File | null>(null);
  const [back, setBack] = useState<File | null>(null);
  const [camera, setCamera] = useState(false);
  const [cameraProblem, setCameraProblem] = useState<CameraProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onProblem = useCallback((p: CameraProblem) => {
    setCamera(false);
    setCameraProblem(p);
  }, []);

  const send = () =>
    start(async () => {
      setError(null);
      if (!front) return setError(t('missingFront'));
      const form = new FormData();
      form.set('token', token);
      form.set('front', front);
      if (back) form.set('back', back);
      const res = await submitIdDocumentAction(form);
      if (!res.ok) return setError(res.message);
      if (!res.data.passed) {
        setFront(null);
        setBack(null);
      }
      props.onOutcome(res.data);
    });

  return (
    <section className="space-y-4">
      <Title>{t('title')}</Title>
      <FeedbackAlert feedback={props.feedback} />
      <p className="text-base text-slate-700">{t('intro')}</p>
      {camera ? (
        <>
          <CameraView
            facing="environment"
            detectFaces={false}
            shutterLabel={t('shutter')}
            videoLabel={t('videoLabel')}
            busy={pending}
            onCapture={(blob) => {
              setFront(new File([blob], 'documento.jpg', { type: 'image/jpeg' }));
              setCamera(false);
            }}
            onProblem={onProblem}
          />
          <Button type="button" variant="secondary" className={bigButton} onClick={() => setCamera(false)}>
            {t('cancelCamera')}
          </Button>
        </>
      ) : (
        <>
          {cameraProblem ? <Alert tone="warning">{cameraProblem === 'denied' ? tc('denied') : tc('unavailable')}</Alert> : null}
          <Button type="button" variant="secondary" className={bigButton} onClick={() => setCamera(true)}>
            {t('useCamera')}
          </Button>
          <PhotoPicker id={`${id}-front`} label={t('front')} required photo={front} onPhoto={setFront} />
          <PhotoPicker id={`${id}-back`} label={t('back')} required={false} photo={back} onPhoto={setBack} />
          {error ? <Alert tone="error">{error}</Alert> : null}
          {pending ? (
            <p role="status" className="text-center text-base text-slate-700">
              {t('checking')}
            </p>
          ) : null}
          <Button type="button" className={bigButton} disabled={pending || !front} onClick={send}>
            {t('send')}
          </Button>
          {props.canRetakeSelfie ? (
            <Button type="button" variant="secondary" className={bigButton} disabled={pending} onClick={props.onRetakeSelfie}>
              {t('retakeSelfie')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function Done({ onDone }: { onDone: () => void }) {
  const t = useTranslations('identity.result');
  return (
    <section className="space-y-3">
      <Title>{t('passedTitle')}</Title>
      <Alert tone="success">{t('passedBody')}</Alert>
      <Button type="button" className={bigButton} onClick={onDone}>
        {t('continue')}
      </Button>
    </section>
  );
}

function Review() {
  const t = useTranslations('identity.result');
  return (
    <section className="space-y-3">
      <Title>{t('reviewTitle')}</Title>
      <p className="text-base text-slate-700">{t('reviewBody')}</p>
    </section>
  );
}

function Rejected({ reason }: { reason: string | null }) {
  const t = useTranslations('identity.result');
  return (
    <section className="space-y-3">
      <Title>{t('rejectedTitle')}</Title>
      <p className="text-base text-slate-700">{t('rejectedBody')}</p>
      {reason ? <Alert tone="info">{t('reason', { reason })}</Alert> : null}
    </section>
  );
}
