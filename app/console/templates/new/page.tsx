import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { listDocumentTypes } from '@/lib/contract-templates/list-document-types';
import { kindParam } from '@/lib/contract-templates/schemas';
import { KindTabs } from '../_components/kind-tabs';
import { PdfUploadForm } from '../_components/pdf-upload-form';
import { TemplateForm } from '../_components/template-form';

export const metadata: Metadata = { title: 'Novo modelo' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewTemplatePage({ searchParams }: Props) {
  const operator = await requireOperatorPage('operator');
  const t = await getTranslations('templates');
  const raw = await searchParams;
  const kind = kindParam.parse(raw.kind) ?? 'contract';
  const upload = raw.format === 'pdf';
  const documentTypes = await listDocumentTypes(operator);

  return (
    <>
      <Link href={`/console/templates?kind=${kind}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t(`new.title.${kind}`)} description={t(`new.description.${kind}`)} />
      <Card>
        <div className="mb-6">
          <KindTabs
            label={t('new.howTo')}
            tabs={[
              { key: 'write', label: t('new.writeTab'), href: `/console/templates/new?kind=${kind}`, current: !upload },
              { key: 'upload', label: t('new.uploadTab'), href: `/console/templates/new?kind=${kind}&format=pdf`, current: upload },
            ]}
          />
        </div>
        {upload ? (
          <div className="max-w-3xl">
            <PdfUploadForm mode="create" kind={kind} documentTypes={documentTypes} />
          </div>
        ) : (
          <TemplateForm kind={kind} format="markdown" documentTypes={documentTypes} values={{ name: '', documentTypeId: '', active: true, source: '' }} />
        )}
      </Card>
    </>
  );
}
