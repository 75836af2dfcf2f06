import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { SECRET_MASK } from '@/lib/crypto/secret-box';
import { integrationFormOptions } from '../_components/form-options';
import { IntegrationForm, type IntegrationFormValues } from '../_components/integration-form';

export const metadata: Metadata = { title: 'Nova integração' };

const empty: IntegrationFormValues = {
  provider: 'rubrica',
  description: '',
  environment: 'production',
  serviceUrl: '',
  apiUser: '',
  errorReportEmail: '',
  apiToken: '',
  removeApiToken: false,
  apiPassword: '',
  removeApiPassword: false,
  webhookSecret: '',
  removeWebhookSecret: false,
  sendMethod: 'contract',
  requireIdDocument: false,
  requireSelfie: false,
  requireHandwritten: false,
  requireGeolocation: false,
  defaultExpiryDays: '',
  reminderEveryDays: '',
  warnDaysBeforeExpiry: '',
  companySignerId: '',
  companySignerToken: '',
  removeCompanySignerToken: false,
  companyWitnessId: '',
  companyWitnessToken: '',
  removeCompanyWitnessToken: false,
  customerEmailTemplateId: '',
  witnessEmailTemplateId: '',
  customerWhatsappTemplateId: '',
  witnessWhatsappTemplateId: '',
  whatsappProvider: 'none',
  whatsappUrl: '',
  whatsappSenderId: '',
  whatsappToken: '',
  removeWhatsappToken: false,
  whatsappCodeTemplate: '',
  smsUrl: '',
  smsMethod: 'POST',
  smsAuthHeader: '',
  smsAuthValue: '',
  removeSmsAuthValue: false,
  smsBodyTemplate: '',
};

export default async function NewIntegrationPage() {
  const operator = await requireOperatorPage('admin');
  const t = await getTranslations('integrations');
  const options = await integrationFormOptions(operator);
  const none = { apiToken: false, apiPassword: false, webhookSecret: false, companySignerToken: false, companyWitnessToken: false, whatsappToken: false, smsAuthValue: false };
  return (
    <>
      <Link href="/console/integrations" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <div className="max-w-4xl">
        <IntegrationForm values={empty} saved={none} secretMask={SECRET_MASK} {...options} />
      </div>
    </>
  );
}
