import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Alert, Card } from '@/components/ui/card';
import { verifyByCode } from '@/lib/evidence/verify-sealed-document';
import { normalizeVerificationCode } from '@/lib/evidence/verification-code';
import { MAX_VERIFY_MB } from '@/lib/evidence/verify-limits';
import { clientIp } from '@/lib/http/client-ip';
import { takeRateLimit } from '@/lib/http/rate-limit';
import { DocumentSummary } from '../_components/document-summary';
import { UploadCheck } from '../_components/upload-check';
import { CodeForm } from '../_components/code-form';

export const dynamic = 'force-dynamic';

/** Where the QR code of a sealed PDF leads: the document it belongs to, with signers masked. */
export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw);
  const t = await getTranslations('verify');
  // 60 codes a minute per address: plenty for people, useless for guessing 60-bit codes.
  const limit = takeRateLimit(`verify-code:${clientIp(await headers()) ?? 'unknown'}`, 60, 60_000);
  const valid = normalizeVerificationCode(code);
  const doc = limit.ok && valid ? await verifyByCode(valid) : null;
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <Link href="/verificar" className="text-sm text-blue-700 underline">
          {t('back')}
        </Link>
      </div>
      {!limit.ok ? (
        <Alert tone="error">{t('rateLimited')}</Alert>
      ) : !valid ? (
        <Alert tone="error">{t('code.invalid')}</Alert>
      ) : !doc ? (
        <Alert tone="error">{t('code.notFound')}</Alert>
      ) : (
        <Card title={`${t('code.found')} · ${valid}`}>
          <DocumentSummary doc={doc} />
        </Card>
      )}
      {doc ? (
        <Card title={t('byFile.title')} description={`${t('code.compareHint')} ${t('byFile.help', { max: MAX_VERIFY_MB })}`}>
          <UploadCheck shownSealedSha256={doc.sealedSha256} />
        </Card>
      ) : (
        <CodeForm value={code} />
      )}
    </>
  );
}
