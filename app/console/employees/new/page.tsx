import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { EmployeeForm } from '../_components/employee-form';

export const metadata: Metadata = { title: 'Novo colaborador' };

export default async function NewEmployeePage() {
  await requireOperatorPage('operator');
  const t = await getTranslations('employees');
  return (
    <>
      <Link href="/console/employees" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('fields.requiredHint')} />
      <Card className="max-w-2xl">
        <EmployeeForm values={{ name: '', cpf: '', email: '', phone: '' }} />
      </Card>
    </>
  );
}
