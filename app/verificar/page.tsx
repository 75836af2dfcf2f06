import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { MAX_VERIFY_MB } from '@/lib/evidence/verify-limits';
import { CodeForm } from './_components/code-form';
import { UploadCheck } from './_components/upload-check';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const typed = typeof sp.codigo === 'string' ? sp.codigo.trim() : '';
  if (typed) redirect(`/verificar/${encodeURIComponent(typed)}`);
  const t = await getTranslations('verify');
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      </div>
      <CodeForm />
      <Card title={t('byFile.title')} description={t('byFile.help', { max: MAX_VERIFY_MB })}>
        <UploadCheck />
      </Card>
    </>
  );
}
