import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { SECRET_MASK } from '@/lib/crypto/secret-box';
import { AppError } from '@/lib/errors';
import { getIntegration, type IntegrationView } from '@/lib/integrations/get-integration';
import { environmentLabels, providerLabel } from '@/lib/integrations/providers';
import { z } from '@/lib/validation';
import { DeleteIntegrationButton } from '../_components/delete-integration-button';
import { integrationFormOptions } from '../_components/form-options';
import { IntegrationForm, type IntegrationFormValues } from '../_components/integration-form';
import { TestConnection } from '../_components/test-connection';

export const metadata: Metadata = { title: 'Integração de assinatura digital' };

type Props = { params: Promise<{ integrationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const str = (v: string | number | null) => (v === null ? '' : String(v));

function formValues(i: IntegrationView): IntegrationFormValues {
  return {
    provider: i.provider,
    description: i.description,
    environment: i.environment,
    serviceUrl: str(i.serviceUrl),
    apiUser: str(i.apiUser),
    errorReportEmail: str(i.errorReportEmail),
    apiToken: '',
    removeApiToken: false,
    apiPassword: '',
    removeApiPassword: false,
    webhookSecret: '',
    removeWebhookSecret: false,
    sendMethod: i.sendMethod,
    requireIdDocument: i.requireIdDocument,
    requireSelfie: i.requireSelfie,
    requireHandwritten: i.requireHandwritten,
    requireGeolocation: i.requireGeolocation,
    defaultExpiryDays: str(i.defaultExpiryDays),
    reminderEveryDays: str(i.reminderEveryDays),
    warnDaysBeforeExpiry: str(i.warnDaysBeforeExpiry),
    companySignerId: str(i.companySignerId),
    companySignerToken: '',
    removeCompanySignerToken: false,
    companyWitnessId: str(i.companyWitnessId),
    companyWitnessToken: '',
    removeCompanyWitnessToken: false,
    customerEmailTemplateId: str(i.customerEmailTemplateId),
    witnessEmailTemplateId: str(i.witnessEmailTemplateId),
    customerWhatsappTemplateId: str(i.customerWhatsappTemplateId),
    witnessWhatsappTemplateId: str(i.witnessWhatsappTemplateId),
    whatsappProvider: i.whatsappProvider,
    whatsappUrl: str(i.whatsappUrl),
    whatsappSenderId: str(i.whatsappSenderId),
    whatsappToken: '',
    removeWhatsappToken: false,
    whatsappCodeTemplate: str(i.whatsappCodeTemplate),
    smsUrl: str(i.smsUrl),
    smsMethod: i.smsMethod,
    smsAuthHeader: str(i.smsAuthHeader),
    smsAuthValue: '',
    removeSmsAuthValue: false,
    smsBodyTemplate: str(i.smsBodyTemplate),
  };
}

export default async function IntegrationPage({ params, searchParams }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { integrationId } = await params;
  const justCreated = (await searchParams).criada === '1';
  if (!z.uuid().safeParse(integrationId).success) notFound();
  const integration = await getIntegration(operator, integrationId).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('integrations');
  const canManage = hasRole(operator.role, 'admin');
  const options = await integrationFormOptions(operator);

  return (
    <>
      <Link href="/console/integrations" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={integration.description}
        description={
          <span className="flex items-center gap-2">
            {providerLabel(integration.provider)}
            <Badge tone={integration.environment === 'production' ? 'green' : 'neutral'}>{environmentLabels[integration.environment]}</Badge>
          </span>
        }
        actions={
          canManage ? (
            <DeleteIntegrationButton integrationId={integration.id} what={t('deleteWhat', { name: integration.description })} />
          ) : null
        }
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          {justCreated ? <Alert tone="success">{t('created')}</Alert> : null}
          {!canManage ? <Alert tone="info">{t('readOnly')}</Alert> : null}
          <IntegrationForm
            integrationId={integration.id}
            readOnly={!canManage}
            values={formValues(integration)}
            secretMask={SECRET_MASK}
            saved={{
              apiToken: integration.hasApiToken,
              apiPassword: integration.hasApiPassword,
              webhookSecret: integration.hasWebhookSecret,
              companySignerToken: integration.hasCompanySignerToken,
              companyWitnessToken: integration.hasCompanyWitnessToken,
              whatsappToken: integration.hasWhatsappToken,
              smsAuthValue: integration.hasSmsAuthValue,
            }}
            {...options}
          />
        </div>
        <div className="space-y-6 xl:sticky xl:top-6">
          {canManage ? (
            <Card title={t('test.title')} description={t('test.description')}>
              <TestConnection integrationId={integration.id} />
            </Card>
          ) : null}
          <Card title={t('list.branches')}>
            {integration.branches.length === 0 ? (
              <p className="text-sm text-slate-600">{t('unused')}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="integration-branches">
                {integration.branches.map((b) => (
                  <li key={b.id}>
                    <Link href={`/console/branches/${b.id}`} className="text-blue-800 hover:underline">
                      {b.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
