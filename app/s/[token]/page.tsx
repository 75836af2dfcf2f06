import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DownloadLink } from '@/components/signer/download-link';
import { LinkInvalid } from '@/components/signer/link-invalid';
import { StepList } from '@/components/signer/step-list';
import { Alert } from '@/components/ui/card';
import { isEnvelopeSigned } from '@/lib/envelopes/schemas';
import { formatDate } from '@/lib/format';
import { documentNumberField } from '@/lib/signing/document-number';
import { getReadingProgressOf } from '@/lib/signing/get-reading-progress';
import { listSignerAttachmentsOf } from '@/lib/signing/list-signer-attachments';
import { entryStep, flowSteps, identityRequirements, inFlowSteps } from '@/lib/signing/flow-steps';
import { requireSignerSession } from '@/lib/signing/require-signer-session';
import { resolveRecipientByToken, type ResolvedSigner } from '@/lib/signing/resolve-token';
import { signerRequest, signerSessionValue } from './_lib/request';
import { AccessCodeForm } from './_components/access-code-form';
import { DeclineDialog } from './_components/decline-dialog';
import { SigningFlow } from './_components/signing-flow';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function hasSession(value: string | null, recipient: ResolvedSigner['recipient']) {
  try {
    requireSignerSession(value, recipient);
    return true;
  } catch {
    return false;
  }
}

export default async function SignerPage({ params, searchParams }: Props) {
  const { token } = await params;
  const sp = await searchParams;
  const signer = await resolveRecipientByToken(token, await signerRequest());
  if (!signer) return <LinkInvalid />;
  const { recipient, envelope, documents } = signer;
  const t = await getTranslations('signer');

  const path = flowSteps({ recipient, attachmentRequests: recipient.attachmentRequests.length });
  const base = `/s/${token}`;
  const signs = recipient.action !== 'copy';
  const session = signs && hasSession(await signerSessionValue(), recipient);
  // ?etapa=acesso (the code) or ?etapa=ler (no authentication) means "Começar" was pressed; a live
  // session means the code was proven on this link, so a reload resumes inside the flow.
  const asked = typeof sp.etapa === 'string' ? sp.etapa : null;
  const step = entryStep(path, {
    recipientStatus: recipient.status,
    envelopeStatus: envelope.status,
    started: asked !== null || (session && recipient.authMethod !== 'none'),
    accessProven: session,
  });

  if (step === 'done') {
    if (recipient.status === 'signed') {
      return (
        <div className="space-y-4">
          <Finished title={recipient.action === 'approve' ? t('done.approvedTitle') : t('done.signedTitle')} tone="success">
            <p>{t('done.signedBody', { name: recipient.name })}</p>
            <p>{isEnvelopeSigned(envelope.status) ? t('done.completedDownload') : t('done.waiting')}</p>
            {sp.local === '0' ? <p className="text-sm text-slate-600">{t('done.noGeo')}</p> : null}
          </Finished>
          {isEnvelopeSigned(envelope.status) ? <Downloads base={base} documents={documents} /> : null}
        </div>
      );
    }
    if (isEnvelopeSigned(envelope.status) && recipient.action === 'copy') {
      return (
        <div className="space-y-4">
          <Finished title={t('done.completedTitle')} tone="success">
            <p>{t('done.completedDownload')}</p>
          </Finished>
          <Downloads base={base} documents={documents} />
        </div>
      );
    }
    if (recipient.status === 'declined') {
      return (
        <Finished title={t('done.declinedTitle')} tone="neutral">
          <p>{t('done.declinedBody')}</p>
        </Finished>
      );
    }
    if (envelope.status === 'declined') {
      return (
        <Finished title={t('done.closedTitle')} tone="neutral">
          <p>{t('done.closedBody')}</p>
        </Finished>
      );
    }
  }

  const flowDocuments = documents.map((d) => ({ id: d.id, name: d.name, pages: d.pageCount }));
  if (step === 'identity' || step === 'read' || step === 'attachments' || step === 'sign') {
    const [progress, uploads] = await Promise.all([getReadingProgressOf(signer), listSignerAttachmentsOf(signer)]);
    return (
      <div className="space-y-4">
        <SigningFlow
          token={token}
          action={recipient.action as 'sign' | 'approve' | 'handwritten'}
          name={recipient.name}
          documents={flowDocuments}
          readRequired={envelope.readRequired}
          readIds={Object.keys(progress).filter((id) => progress[id].readToEnd)}
          path={path}
          steps={inFlowSteps(path)}
          identity={identityRequirements(recipient)}
          attachmentRequests={recipient.attachmentRequests.map((a) => ({ id: a.id, name: a.name, required: a.required }))}
          uploads={uploads.map((u) => ({ requestId: u.requestId, fileName: u.fileName, sizeBytes: u.sizeBytes }))}
          documentNumber={recipient.documentNumberRequest ? documentNumberField(recipient.documentNumberRequest) : null}
          requireGeolocation={envelope.requireGeolocation}
        />
        <DeclineDialog token={token} defaultOpen={sp.recusar === '1'} />
      </div>
    );
  }

  if (step === 'access') {
    const declining = sp.recusar === '1';
    return (
      <div className="space-y-5">
        <StepList steps={path} current="access" />
        <section aria-labelledby="code-title" className="space-y-3">
          <h1 id="code-title" className="text-xl font-semibold text-slate-900">
            {t('code.title')}
          </h1>
          {declining ? <Alert tone="info">{t('code.declineFirst')}</Alert> : null}
          <AccessCodeForm token={token} senderCode={recipient.authMethod === 'access_code'} next={declining ? `${base}?recusar=1` : base} />
        </section>
      </div>
    );
  }

  // Landing: what this is, who it is for, what comes next.
  const start = `${base}?etapa=${recipient.authMethod === 'none' ? 'ler' : 'acesso'}`;
  return (
    <div className="space-y-5">
      <section aria-labelledby="landing-title" className="space-y-2">
        <h1 id="landing-title" className="text-xl font-semibold text-slate-900">
          {t('landing.greeting', { name: recipient.name.split(' ')[0] })}
        </h1>
        <p className="text-base text-slate-700">{t('landing.sentBy', { sender: signer.sender || 'Rubrica', action: t(`actions.${recipient.action}`) })}</p>
        <p className="break-words text-lg font-semibold text-slate-900">{envelope.name}</p>
        {signs ? <p className="text-base font-medium text-slate-800">{t('landing.deadline', { date: formatDate(envelope.expiresAt) })}</p> : null}
      </section>
      {envelope.message ? (
        <section aria-label={t('landing.message')} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-sm font-semibold text-slate-700">{t('landing.message')}</h2>
          <p className="mt-1 whitespace-pre-line text-base text-slate-800">{envelope.message}</p>
        </section>
      ) : null}
      <section aria-labelledby="docs-title">
        <h2 id="docs-title" className="text-base font-semibold text-slate-900">
          {t('landing.documents')}
        </h2>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {documents.map((d) => (
            <li key={d.id} className="flex items-start justify-between gap-3 p-3">
              <span className="min-w-0 break-words text-base text-slate-900">{d.name}</span>
              <span className="shrink-0 text-sm text-slate-600">{t('landing.pages', { count: d.pageCount })}</span>
            </li>
          ))}
        </ul>
      </section>
      {signs ? (
        <>
          <section aria-labelledby="steps-title" className="space-y-2">
            <h2 id="steps-title" className="text-base font-semibold text-slate-900">
              {t('landing.stepsTitle')}
            </h2>
            <StepList steps={path} />
          </section>
          <Link href={start} className="flex h-12 w-full items-center justify-center rounded-md bg-blue-700 text-base font-medium text-white hover:bg-blue-800">
            {t('landing.start')}
          </Link>
          <Link
            href={`${base}?etapa=acesso&recusar=1`}
            className="flex h-12 w-full items-center justify-center rounded-md text-base font-medium text-red-800 underline underline-offset-4 hover:bg-red-50"
          >
            {t('decline.open')}
          </Link>
        </>
      ) : (
        <Alert tone="info">{t('landing.copyOnly')}</Alert>
      )}
    </div>
  );
}

/** The completed envelope's documents, from the same link: the sealed copy once it exists. */
async function Downloads({ base, documents }: { base: string; documents: { id: string; name: string; sealedSha256: string | null }[] }) {
  const t = await getTranslations('signer.done');
  const preparing = documents.some((d) => !d.sealedSha256);
  return (
    <section aria-labelledby="downloads-title" className="space-y-2">
      <h2 id="downloads-title" className="text-base font-semibold text-slate-900">
        {t('downloadsTitle')}
      </h2>
      <ul className="space-y-2">
        {documents.map((d) => (
          <li key={d.id}>
            <DownloadLink href={`${base}/documents/${d.id}?download=1`} name={d.name} label={d.sealedSha256 ? t('downloadSigned') : t('downloadOriginal')} />
          </li>
        ))}
      </ul>
      {preparing ? <p className="text-sm text-slate-600">{t('sealPreparing')}</p> : null}
    </section>
  );
}

async function Finished({ title, tone, children }: { title: string; tone: 'success' | 'neutral'; children: React.ReactNode }) {
  return (
    <section aria-labelledby="finished-title" className="rounded-lg border border-slate-200 bg-white p-5 text-center shadow-sm">
      <div
        aria-hidden
        className={`mx-auto mb-3 flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${tone === 'success' ? 'bg-green-100 text-green-800' : 'bg-slate-100 text-slate-700'}`}
      >
        {tone === 'success' ? '✓' : '—'}
      </div>
      <h1 id="finished-title" className="text-xl font-semibold text-slate-900">
        {title}
      </h1>
      <div className="mt-3 space-y-2 text-base text-slate-700">{children}</div>
      <SpaceHint />
    </section>
  );
}

/** Where the signer finds this and every other document later, without the link. */
async function SpaceHint() {
  const t = await getTranslations('signer.done');
  return (
    <div className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-600">
      <p>{t('space')}</p>
      <Link href="/s" className="inline-flex min-h-11 items-center px-2 text-base font-medium text-blue-800 underline underline-offset-4 hover:bg-blue-50">
        {t('spaceLink')}
      </Link>
    </div>
  );
}
