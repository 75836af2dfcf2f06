'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/card';
import type { IdentityState } from '@/lib/identity/get-identity-state';
import type { IdentityRequirements } from '@/lib/signing/flow-steps';
import { getIdentityStateAction } from '../identity/actions';
import { IdentityProof } from './identity/identity-proof';

/**
 * THE IDENTITY-PROOF SLOT of the signing flow, filled by issue 6 (lib/identity): LGPD notice →
 * selfie with in-browser face detection → ID-document photo with face match and name/CPF match →
 * done, or manual review after the tries run out.
 *
 * Contract — what the signing flow guarantees and expects:
 * - It renders this component only when the recipient requires a selfie and/or an ID document
 *   (`lib/signing/flow-steps.ts`), after the access proof and before the reading. The step list
 *   (`StepList`) is already drawn above it; render only the step's own content, starting with an
 *   `<h1>` (the flow moves focus to it).
 * - It is loaded with `next/dynamic` (its own chunk); the face detector (face-api + WASM + model)
 *   is imported later still, from our own origin, only when the camera opens.
 * - Props: `token` (server actions authorise with it plus the signer-session cookie), `requirements`
 *   (which proofs: the server's copy on the recipient is what counts), `signerName`, `onDone()`
 *   (called once the server has accepted the proofs). `signByToken` refuses while a proof is missing.
 * - Decline stays available below the flow; nothing here has to offer it.
 */
export type IdentityStepProps = {
  token: string;
  requirements: IdentityRequirements;
  signerName: string;
  onDone: () => void;
};

export function IdentityStep({ token, onDone }: IdentityStepProps) {
  const t = useTranslations('signer');
  const [state, setState] = useState<IdentityState | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The flow hands a new onDone on each render; the state is fetched once per link.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    let live = true;
    void getIdentityStateAction({ token }).then((res) => {
      if (!live) return;
      if (!res.ok) return setError(res.message);
      // Already proven (a reload after passing, or approved by staff): straight on to the reading.
      if (!res.data || res.data.step === 'done') return done.current();
      setState(res.data);
    });
    return () => {
      live = false;
    };
  }, [token]);

  if (error) return <Alert tone="error">{error}</Alert>;
  if (!state) {
    return (
      <p role="status" className="py-8 text-center text-base text-slate-600">
        {t('loading')}
      </p>
    );
  }
  return <IdentityProof token={token} state={state} onDone={onDone} />;
}
