'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { MAX_VERIFY_BYTES, MAX_VERIFY_MB } from '@/lib/evidence/verify-limits';
import { DocumentSummary, type SummaryDocument } from './document-summary';
import { FilePicker } from '@/components/ui/file-picker';

type Signature =
  | { signed: false }
  | { signed: true; intact: boolean; coversWholeFile: boolean; subFilter: string | null; signer: string | null; timestamped: boolean };

type Verdict = { sha256: string; size: number; match: 'sealed' | 'original' | 'none'; signature: Signature; document: SummaryDocument | null };

/** Sends the PDF itself (not a form) so a 40 MB file streams to the check without a multipart parser. */
export function UploadCheck({ shownSealedSha256 }: { shownSealedSha256?: string | null } = {}) {
  const t = useTranslations('verify');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setVerdict(null);
    if (!file) return setError(t('byFile.notPdf'));
    if (file.size > MAX_VERIFY_BYTES) return setError(t('byFile.tooLarge', { max: MAX_VERIFY_MB }));
    setBusy(true);
    try {
      const res = await fetch('/api/verificar', { method: 'POST', body: file, headers: { 'Content-Type': 'application/pdf' } });
      if (res.status === 429) return setError(t('rateLimited'));
      if (res.status === 413) return setError(t('byFile.tooLarge', { max: MAX_VERIFY_MB }));
      if (res.status === 415) return setError(t('byFile.notPdf'));
      if (!res.ok) return setError(t('byFile.failed'));
      setVerdict((await res.json()) as Verdict);
    } catch {
      setError(t('byFile.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="verify-file" className="block text-sm font-medium text-slate-800">
            {t('byFile.label')}
          </label>
          <FilePicker id="verify-file" name="arquivo" accept="application/pdf,.pdf" onFile={setFile} noneChosen={t('byFile.none')}>
            {t('byFile.choose')}
          </FilePicker>
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? t('byFile.checking') : t('byFile.submit')}
        </Button>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {verdict ? <VerdictView verdict={verdict} shownSealedSha256={shownSealedSha256} /> : null}
    </div>
  );
}

function VerdictView({ verdict, shownSealedSha256 }: { verdict: Verdict; shownSealedSha256?: string | null }) {
  const t = useTranslations('verify.verdict');
  const sig = verdict.signature;
  const tone = verdict.match === 'sealed' ? 'success' : verdict.match === 'original' ? 'warning' : 'error';
  return (
    <section aria-label={t('fileHash')} className="space-y-3" data-testid="verdict">
      <Alert tone={tone}>
        <p className="font-medium">{t(verdict.match)}</p>
        <p className="mt-1">
          {!sig.signed
            ? t('unsigned')
            : !sig.intact
              ? t('signatureBroken')
              : sig.coversWholeFile
                ? t('signatureIntact', { signer: sig.signer ?? '—' })
                : t('signaturePartial')}
          {sig.signed && sig.intact && sig.timestamped ? ` ${t('timestamped')}` : ''}
        </p>
      </Alert>
      <p className="text-xs text-slate-600">
        {t('fileHash')}: <span className="break-all font-mono">{verdict.sha256}</span>
      </p>
      {/* On a code's page the document is already above: only a different one is shown again. */}
      {verdict.document && verdict.document.sealedSha256 !== shownSealedSha256 ? <DocumentSummary doc={verdict.document} /> : null}
    </section>
  );
}
