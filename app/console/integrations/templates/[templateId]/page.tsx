import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { getTemplate } from '@/lib/notification-templates/get-template';
import { z } from '@/lib/validation';
import { DeleteTemplateButton } from '../_components/delete-template-button';
import { TemplateForm } from '../_components/template-form';
import { VariablesCard } from '../_components/variables-card';

export const metadata: Metadata = { title: 'Modelo de notificação' };

type Props = { params: Promise<{ templateId: string }> };

export default async function TemplatePage({ params }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { templateId } = await params;
  if (!z.uuid().safeParse(templateId).success) notFound();
  const template = await getTemplate(operator, templateId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('notificationTemplates');
  const canManage = hasRole(operator.role, 'admin');

  return (
    <>
      <Link href="/console/integrations/templates" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={template.name}
        description={t(`channel.${template.channel}`)}
        actions={canManage ? <DeleteTemplateButton templateId={template.id} what={t('deleteWhat', { name: template.name })} /> : null}
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <Card description={canManage ? undefined : t('readOnly')}>
          <TemplateForm
            templateId={template.id}
            readOnly={!canManage}
            values={{
              channel: template.channel,
              name: template.name,
              subject: template.subject ?? '',
              body: template.body,
              externalName: template.externalName ?? '',
            }}
          />
        </Card>
        <VariablesCard />
      </div>
    </>
  );
}
