import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getBranch } from '@/lib/branches/get-branch';
import { AppError } from '@/lib/errors';
import { formatTaxId } from '@/lib/people/tax-id';
import { z } from '@/lib/validation';
import { BranchForm } from '../_components/branch-form';
import { DeleteBranchButton } from '../_components/delete-branch-button';
import { integrationOptions } from '../_components/integration-options';

export const metadata: Metadata = { title: 'Filial' };

type Props = { params: Promise<{ branchId: string }> };

export default async function BranchPage({ params }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { branchId } = await params;
  if (!z.uuid().safeParse(branchId).success) notFound();
  const branch = await getBranch(operator, branchId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('branches');
  const canManage = hasRole(operator.role, 'admin');
  const cep = branch.addressPostalCode ? `${branch.addressPostalCode.slice(0, 5)}-${branch.addressPostalCode.slice(5)}` : '';

  return (
    <>
      <Link href="/console/branches" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={branch.name}
        description={branch.cnpj ? formatTaxId(branch.cnpj) : undefined}
        actions={canManage ? <DeleteBranchButton branchId={branch.id} what={t('deleteWhat', { name: branch.name })} /> : null}
      />
      <Card className="max-w-3xl" description={canManage ? undefined : t('readOnly')}>
        <BranchForm
          branchId={branch.id}
          readOnly={!canManage}
          integrations={await integrationOptions(operator)}
          values={{
            name: branch.name,
            cnpj: branch.cnpj ? formatTaxId(branch.cnpj) : '',
            addressPostalCode: cep,
            addressStreet: branch.addressStreet ?? '',
            addressNumber: branch.addressNumber ?? '',
            addressComplement: branch.addressComplement ?? '',
            addressDistrict: branch.addressDistrict ?? '',
            addressCity: branch.addressCity ?? '',
            addressState: branch.addressState ?? '',
            integrationId: branch.integrationId ?? '',
          }}
        />
      </Card>
    </>
  );
}
