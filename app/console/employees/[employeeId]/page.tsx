import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { getEmployee } from '@/lib/people/get-employee';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';
import { z } from '@/lib/validation';
import { DeleteEmployeeButton } from '../_components/delete-employee-button';
import { EmployeeForm } from '../_components/employee-form';

export const metadata: Metadata = { title: 'Colaborador' };

type Props = { params: Promise<{ employeeId: string }> };

export default async function EmployeePage({ params }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { employeeId } = await params;
  if (!z.uuid().safeParse(employeeId).success) notFound();
  const employee = await getEmployee(operator, employeeId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('employees');
  const canManage = hasRole(operator.role, 'operator');

  return (
    <>
      <Link href="/console/employees" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={employee.name}
        description={formatTaxId(employee.cpf)}
        actions={canManage ? <DeleteEmployeeButton employeeId={employee.id} what={t('deleteWhat', { name: employee.name })} /> : null}
      />
      <Card className="max-w-2xl" description={canManage ? undefined : t('readOnly')}>
        <EmployeeForm
          employeeId={employee.id}
          readOnly={!canManage}
          values={{ name: employee.name, cpf: formatTaxId(employee.cpf), email: employee.email, phone: formatPhone(employee.phone) }}
        />
      </Card>
    </>
  );
}
