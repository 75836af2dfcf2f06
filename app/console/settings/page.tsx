import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { getAccountSettings } from '@/lib/accounts/account-settings';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getGeneralParameters } from '@/lib/settings/get-general-parameters';
import { SessionSettingsForm } from './_components/session-settings-form';
import { SignatureParametersForm } from './_components/signature-parameters-form';

export const metadata: Metadata = { title: 'Parâmetros' };

export default async function SettingsPage() {
  const operator = await requireOperatorPage('viewer');
  const [settings, general] = await Promise.all([getAccountSettings(operator), getGeneralParameters(operator)]);
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
          title="Contratos › Assinatura digital"
          description="Padrões para todos os contratos. O que um contrato define para si vale mais que estes parâmetros."
        >
          <SignatureParametersForm values={general} readOnly={!canEdit} />
        </Card>
      </div>
    </>
  );
}
