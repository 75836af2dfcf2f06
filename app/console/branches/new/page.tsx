import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { BranchForm } from '../_components/branch-form';
import { integrationOptions } from '../_components/integration-options';

export const metadata: Metadata = { title: 'Nova filial' };

export default async function NewBranchPage() {
  const operator = await requireOperatorPage('admin');
  const t = await getTranslations('branches');
  return (
    <>
      <Link href="/console/branches" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('description')} />
      <Card className="max-w-3xl">
        <BranchForm
          integrations={await integrationOptions(operator)}
          values={{
            name: '',
            cnpj: '',
            addressPostalCode: '',
            addressStreet: '',
            addressNumber: '',
            addressComplement: '',
            addressDistrict: '',
            addressCity: '',
            addressState: '',
            integrationId: '',
          }}
        />
      </Card>
    </>
  );
}
