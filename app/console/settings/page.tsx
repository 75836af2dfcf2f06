import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { getAccountSettings } from '@/lib/accounts/account-settings';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getIdentityRetention } from '@/lib/identity/update-identity-retention';
import { getGeneralParameters } from '@/lib/settings/get-general-parameters';
import { NumberSettingForm } from './_components/number-setting-form';
import { SignatureParametersForm } from './_components/signature-parameters-form';

export const metadata: Metadata = { title: 'Parâmetros' };

export default async function SettingsPage() {
  const operator = await requireOperatorPage('viewer');
  const [settings, general, retentionYears] = await Promise.all([getAccountSettings(operator), getGeneralParameters(operator), getIdentityRetention(operator)]);
  const canEdit = hasRole(operator.role, 'admin');
  return (
    <>
      <PageHeader title="Parâmetros gerais" description="Valores que valem para toda a conta." />
      <div className="max-w-2xl space-y-6">
        <Card
          title="Segurança do console"
          description="Tempo de sessão: depois desse tempo sem uso, quem estiver conectado precisa entrar de novo."
        >
          <NumberSettingForm name="sessionIdleMinutes" value={settings.sessionIdleMinutes} readOnly={!canEdit} />
        </Card>
        <Card
          title="Contratos › Assinatura digital"
          description="Padrões para todos os contratos. O que um contrato define para si vale mais que estes parâmetros."
        >
          <SignatureParametersForm values={general} readOnly={!canEdit} />
        </Card>
        <Card
          title="Privacidade › Prova de identidade"
          description="Selfies e fotos de documento são dados biométricos (LGPD, art. 11). Depois deste prazo, contado da conclusão do documento, as imagens são apagadas; as provas guardam só o SHA-256 delas."
        >
          <NumberSettingForm name="identityRetentionYears" value={retentionYears} readOnly={!canEdit} />
        </Card>
      </div>
    </>
  );
}
