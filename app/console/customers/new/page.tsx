import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { NewCustomerForm } from '../_components/customer-form';

export const metadata: Metadata = { title: 'Novo cliente' };

export default async function NewCustomerPage() {
  await requireOperatorPage('operator');
  const t = await getTranslations('customers');
  return (
    <>
      <Link href="/console/customers" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card className="max-w-4xl">
        <NewCustomerForm />
      </Card>
    </>
  );
}
