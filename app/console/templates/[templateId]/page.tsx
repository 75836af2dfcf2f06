import { ExternalLink } from 'lucide-react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getTemplate } from '@/lib/contract-templates/get-template';
import { listDocumentTypes } from '@/lib/contract-templates/list-document-types';
import { listTerms } from '@/lib/contract-templates/list-terms';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { z } from '@/lib/validation';
import { DeleteTemplateButton } from '../_components/delete-template-button';
import { PdfUploadForm } from '../_components/pdf-upload-form';
import { TemplateForm } from '../_components/template-form';
import { TermsPanel } from '../_components/terms-panel';

export const metadata: Metadata = { title: 'Modelo' };

type Props = {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TemplatePage({ params, searchParams }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { templateId } = await params;
  if (!z.uuid().safeParse(templateId).success) notFound();
  const template = await getTemplate(operator, templateId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('templates');
  const canManage = hasRole(operator.role, 'operator');
  const justCreated = (await searchParams).criado === '1';
  const [documentTypes, terms] = await Promise.all([
    listDocumentTypes(operator),
    template.kind === 'contract' ? listTerms(operator) : Promise.resolve([]),
  ]);

  return (
    <>
      <Link href={`/console/templates?kind=${template.kind}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={template.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={template.kind === 'contract' ? 'blue' : 'green'}>{t(`kind.${template.kind}`)}</Badge>
            <span>
              {template.format === 'pdf' ? t('list.pages', { count: template.pdfPageCount ?? 0 }) : t('format.markdown')}
              {' · '}
              {formatDateTime(template.updatedAt)}
            </span>
            {!template.active ? <Badge tone="red">{t('list.inactive')}</Badge> : null}
          </span>
        }
        actions={
          <>
            <Button variant="secondary" size="sm" asChild>
              <a href={`/console/templates/${template.id}/preview`} target="_blank" rel="noopener" title={t('previewPdfHint')}>
                <ExternalLink aria-hidden className="h-3.5 w-3.5" />
                {t('previewPdf')}
              </a>
            </Button>
            {canManage ? (
              <DeleteTemplateButton templateId={template.id} kind={template.kind} what={t(`deleteWhat.${template.kind}`, { name: template.name })} />
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {justCreated ? <Alert tone="success">{t('created')}</Alert> : null}
        <Card description={canManage ? undefined : t('readOnly')}>
          <TemplateForm
            kind={template.kind}
            format={template.format}
            templateId={template.id}
            readOnly={!canManage}
            documentTypes={documentTypes}
            values={{
              name: template.name,
              documentTypeId: template.documentTypeId ?? '',
              active: template.active,
              ...(template.format === 'markdown' && { source: template.source ?? '' }),
            }}
          />
        </Card>
        {template.format === 'pdf' ? (
          <Card title={t('pdf.title')} description={t('pdf.fixed')}>
            <p className="text-sm text-slate-700" data-testid="template-pdf-pages">
              {t('pdf.pages', { count: template.pdfPageCount ?? 0 })}
            </p>
            {canManage ? (
              <div className="mt-4 max-w-3xl border-t border-slate-100 pt-4">
                <p className="mb-3 text-xs text-slate-500">{t('pdf.replaceHint')}</p>
                <PdfUploadForm mode="replace" templateId={template.id} />
              </div>
            ) : null}
          </Card>
        ) : null}
        {template.kind === 'contract' ? (
          <Card title={t('terms.title')} description={t('terms.description')}>
            <TermsPanel templateId={template.id} attached={template.terms} available={terms} readOnly={!canManage} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
