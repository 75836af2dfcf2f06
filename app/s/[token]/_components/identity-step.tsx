'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import type { IdentityRequirements } from '@/lib/signing/flow-steps';

/**
 * THE IDENTITY-PROOF SLOT of the signing flow (issue 6 fills it in: selfie with face detection,
 * ID-document photo with face match and name/CPF match).
 *
 * Contract — what the signing flow guarantees and expects:
 * - It renders this component only when the recipient requires a selfie and/or an ID document
 *   (`lib/signing/flow-steps.ts`), after the access proof and before the reading. The step list
 *   (`StepList`) is already drawn above it; render only the step's own content, starting with an
 *   `<h1>` (the flow moves focus to it).
 * - It is loaded with `next/dynamic` (its own chunk), so whatever it imports stays out of the
 *   landing page's first load; still import heavy models/libraries lazily, at the moment of use.
 * - Props:
 *   - `token`: the signer link token. Server actions receive it and MUST authorise with it plus the
 *     signer-session cookie (`requireRecipientByToken` + `requireSignerSession`), never trust the
 *     client's claim that the step is done.
 *   - `requirements`: which proofs this recipient owes (`selfie`, `idDocument`; at least one is true).
 *   - `signerName`: the recipient's name as the sender wrote it (for comparing with the document).
 *   - `onDone()`: call once the server has accepted the proofs; the flow moves to the next step.
 *     The sign use-case (`signByToken`) must refuse while a required proof is missing.
 * - Decline stays available below the flow; nothing here has to offer it.
 */
export type IdentityStepProps = {
  token: string;
  requirements: IdentityRequirements;
  signerName: string;
  onDone: () => void;
};

export function IdentityStep({ requirements, onDone }: IdentityStepProps) {
  const t = useTranslations('signer.identity');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="identity-title" className="space-y-4">
      <h1 id="identity-title" ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900 outline-none">
        {t('title')}
      </h1>
      <p className="text-base text-slate-700">{t('intro')}</p>
      <ul className="list-disc space-y-1 pl-5 text-base text-slate-800">
        {requirements.selfie ? <li>{t('selfie')}</li> : null}
        {requirements.idDocument ? <li>{t('idDocument')}</li> : null}
      </ul>
      <p className="text-sm text-slate-600">{t('privacy')}</p>
      <Button type="button" className={bigButton} onClick={onDone}>
        {t('continue')}
      </Button>
    </section>
  );
}
