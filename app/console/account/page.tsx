import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { ChangePasswordForm } from './_components/change-password-form';

export const metadata: Metadata = { title: 'Minha conta' };

export default async function AccountPage() {
  const operator = await requireOperatorPage();
  return (
    <>
      <PageHeader title="Minha conta" description={`${operator.name} · ${operator.email}`} />
      <Card title="Alterar senha" className="max-w-md">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
