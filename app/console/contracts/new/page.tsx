import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { listContractFormOptions } from '@/lib/contracts/list-contract-form-options';
import { ContractForm } from '../_components/contract-form';
import { emptyContractForm } from '../_components/form-values';

export const metadata: Metadata = { title: 'Novo contrato' };

export default async function NewContractPage() {
  const operator = await requireOperatorPage('operator');
  const t = await getTranslations('contracts');
  const options = await listContractFormOptions(operator);
  return (
    <>
      <Link href="/console/contracts" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card className="max-w-4xl">
        <ContractForm values={emptyContractForm} customer={null} contacts={[]} options={options} />
      </Card>
    </>
  );
}
