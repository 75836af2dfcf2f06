import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { TemplateForm } from '../_components/template-form';
import { VariablesCard } from '../_components/variables-card';

export const metadata: Metadata = { title: 'Novo modelo de notificação' };

export default async function NewTemplatePage() {
  await requireOperatorPage('admin');
  const t = await getTranslations('notificationTemplates');
  return (
    <>
      <Link href="/console/integrations/templates" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('description')} />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <TemplateForm values={{ channel: 'email', name: '', subject: '', body: '', externalName: '' }} />
        </Card>
        <VariablesCard />
      </div>
    </>
  );
}
