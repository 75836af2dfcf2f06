import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { getAccountSettings } from '@/lib/accounts/account-settings';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { SessionSettingsForm } from './_components/session-settings-form';

export const metadata: Metadata = { title: 'Parâmetros' };

export default async function SettingsPage() {
  const operator = await requireOperatorPage('viewer');
  const settings = await getAccountSettings(operator);
  const canEdit = hasRole(operator.role, 'admin');
  return (
    <>
      <PageHeader title="Parâmetros gerais" description="Valores que valem para toda a conta." />
      <div className="max-w-2xl space-y-6">
        <Card
          title="Segurança do console"
          description="Tempo de sessão: depois desse tempo sem uso, quem estiver conectado precisa entrar de novo."
        >
          <SessionSettingsForm sessionIdleMinutes={settings.sessionIdleMinutes} readOnly={!canEdit} />
        </Card>
        <Card
          title="Contratos e assinatura digital"
          description="Os parâmetros de assinatura digital dos contratos ainda estão em construção nesta versão."
        />
      </div>
    </>
  );
}
