'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert, Card } from '@/components/ui/card';
import { Checkbox, Field, Input, Select, Textarea } from '@/components/ui/field';
import {
  defaultServiceUrl,
  environmentLabels,
  environments,
  providerCatalogue,
  providers,
  type Environment,
  type Provider,
  WHATSAPP_CLOUD_DEFAULT_URL,
  whatsappProviderLabels,
  whatsappProviders,
  type SecretField,
  type WhatsappProvider,
} from '@/lib/integrations/providers';
import { createIntegrationInput, updateIntegrationInput } from '@/lib/integrations/schemas';
import { createIntegrationAction, updateIntegrationAction } from '../actions';

export type IntegrationFormValues = {
  provider: Provider;
  description: string;
  environment: Environment;
  serviceUrl: string;
  apiUser: string;
  errorReportEmail: string;
  apiToken: string;
  removeApiToken: boolean;
  apiPassword: string;
  removeApiPassword: boolean;
  webhookSecret: string;
  removeWebhookSecret: boolean;
  sendMethod: 'contract' | 'service_order';
  requireIdDocument: boolean;
  requireSelfie: boolean;
  requireHandwritten: boolean;
  requireGeolocation: boolean;
  defaultExpiryDays: string;
  reminderEveryDays: string;
  warnDaysBeforeExpiry: string;
  companySignerId: string;
  companySignerToken: string;
  removeCompanySignerToken: boolean;
  companyWitnessId: string;
  companyWitnessToken: string;
  removeCompanyWitnessToken: boolean;
  customerEmailTemplateId: string;
  witnessEmailTemplateId: string;
  customerWhatsappTemplateId: string;
  witnessWhatsappTemplateId: string;
  whatsappProvider: WhatsappProvider;
  whatsappUrl: string;
  whatsappSenderId: string;
  whatsappToken: string;
  removeWhatsappToken: boolean;
  whatsappCodeTemplate: string;
  smsUrl: string;
  smsMethod: 'POST' | 'GET';
  smsAuthHeader: string;
  smsAuthValue: string;
  removeSmsAuthValue: boolean;
  smsBodyTemplate: string;
};

type Option = { id: string; label: string };
type Form = UseFormReturn<IntegrationFormValues>;

type Props = {
  integrationId?: string;
  values: IntegrationFormValues;
  /** Which secrets are saved (never their values). */
  saved: Record<SecretField, boolean>;
  /** SECRET_MASK from lib/crypto (a server module), shown in place of a saved secret. */
  secretMask: string;
  employees: Option[];
  emailTemplates: Option[];
  whatsappTemplates: Option[];
  readOnly?: boolean;
};

const clearedSecrets = {
  apiToken: '',
  removeApiToken: false,
  apiPassword: '',
  removeApiPassword: false,
  webhookSecret: '',
  removeWebhookSecret: false,
  companySignerToken: '',
  removeCompanySignerToken: false,
  companyWitnessToken: '',
  removeCompanyWitnessToken: false,
  whatsappToken: '',
  removeWhatsappToken: false,
  smsAuthValue: '',
  removeSmsAuthValue: false,
};

const removeName = {
  apiToken: 'removeApiToken',
  apiPassword: 'removeApiPassword',
  webhookSecret: 'removeWebhookSecret',
  companySignerToken: 'removeCompanySignerToken',
  companyWitnessToken: 'removeCompanyWitnessToken',
  whatsappToken: 'removeWhatsappToken',
  smsAuthValue: 'removeSmsAuthValue',
} as const;

/**
 * The integration, its settings, the company's signers and the notifications, in one form. Secrets
 * are write-only: a saved one shows as a mask, blank keeps it, typing replaces it, "remover" clears it.
 */
export function IntegrationForm(props: Props) {
  const { integrationId, values, saved, secretMask, employees, emailTemplates, whatsappTemplates, readOnly = false } = props;
  const t = useTranslations('integrations');
  const router = useRouter();
  const [savedOk, setSavedOk] = useState(false);
  const schema = (integrationId ? updateIntegrationInput : createIntegrationInput) as typeof updateIntegrationInput;
  const action = (integrationId ? updateIntegrationAction : createIntegrationAction) as unknown as typeof updateIntegrationAction;
  const { form, onSubmit, formError, pending } = useActionForm(schema, action, {
    defaultValues: { ...values, integrationId },
    onSuccess: (data) => {
      const created = (data as unknown as { integrationId?: string } | undefined)?.integrationId;
      if (!integrationId && created) {
        router.push(`/console/integrations/${created}?criada=1`);
        return;
      }
      // Typed secrets are gone from the page once saved; the badges come back from the server.
      form.reset({ ...form.getValues(), ...clearedSecrets });
      setSavedOk(true);
      router.refresh();
    },
  });
  const f = form as unknown as Form;
  const provider = useWatch({ control: f.control, name: 'provider' });
  const environment = useWatch({ control: f.control, name: 'environment' });
  const whatsappProvider = useWatch({ control: f.control, name: 'whatsappProvider' });
  const smsUrl = useWatch({ control: f.control, name: 'smsUrl' });
  const info = providerCatalogue[provider] ?? providerCatalogue.rubrica;
  const errors = f.formState.errors;
  const err = (name: keyof IntegrationFormValues) => errors[name]?.message as string | undefined;

  const text = (name: keyof IntegrationFormValues, label: string, opts: { hint?: ReactNode; type?: string; placeholder?: string } = {}) => (
    <Field id={`integration-${name}`} label={label} error={err(name)} hint={opts.hint}>
      <Input
        id={`integration-${name}`}
        type={opts.type}
        placeholder={opts.placeholder}
        autoComplete="off"
        invalid={!!err(name)}
        {...f.register(name)}
      />
    </Field>
  );

  const secret = (name: SecretField, label: string, hint?: string) => (
    <SecretInput
      form={f}
      name={name}
      label={label}
      saved={saved[name]}
      showStatus={!!integrationId}
      mask={secretMask}
      hint={hint}
      error={err(name)}
      readOnly={readOnly}
    />
  );

  const select = (name: keyof IntegrationFormValues, label: string, options: Option[], empty: string, hint?: ReactNode) => (
    <Field id={`integration-${name}`} label={label} error={err(name)} hint={hint}>
      <Select id={`integration-${name}`} invalid={!!err(name)} {...f.register(name)}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  const defaultUrl = defaultServiceUrl(provider, environment);

  return (
    <form onSubmit={onSubmit} onChange={() => setSavedOk(false)} noValidate className="space-y-6">
      <nav aria-label={t('title')} className="flex flex-wrap gap-4 text-sm">
        {(['integration', 'settings', 'signers', 'notifications', 'channels'] as const).map((s) => (
          <a key={s} href={`#secao-${s}`} className="text-blue-700 hover:underline">
            {t(`sections.${s}`)}
          </a>
        ))}
      </nav>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-6">
        <Section id="integration" title={t('sections.integration')}>
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="integration-provider" label={t('fields.provider')} error={err('provider')}>
              <Select id="integration-provider" invalid={!!err('provider')} {...f.register('provider')}>
                {providers.map((p) => (
                  <option key={p} value={p}>
                    {providerCatalogue[p].label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="integration-environment" label={t('fields.environment')} error={err('environment')} hint={t('fields.environmentHint')}>
              <Select id="integration-environment" invalid={!!err('environment')} {...f.register('environment')}>
                {environments.map((e) => (
                  <option key={e} value={e}>
                    {environmentLabels[e]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {text('description', t('fields.description'), { hint: t('fields.descriptionHint') })}
          {info.external ? (
            <>
              {text('serviceUrl', t('fields.serviceUrl'), {
                type: 'url',
                placeholder: defaultUrl ?? 'https://',
                hint: defaultUrl ? t('fields.serviceUrlDefault', { url: defaultUrl }) : t('fields.serviceUrlRequired'),
              })}
              <div className="grid gap-4 md:grid-cols-2">
                {info.credentials.apiUser
                  ? text('apiUser', info.credentials.apiUser.label, { type: info.credentials.apiUser.email ? 'email' : 'text' })
                  : null}
                {info.credentials.apiToken ? secret('apiToken', info.credentials.apiToken.label) : null}
                {info.credentials.apiPassword ? secret('apiPassword', info.credentials.apiPassword.label) : null}
                {info.webhookSecret ? secret('webhookSecret', t('fields.webhookSecret'), t('fields.webhookSecretHint')) : null}
              </div>
            </>
          ) : (
            <Alert tone="info">{t('fields.builtIn')}</Alert>
          )}
          {text('errorReportEmail', t('fields.errorReportEmail'), { type: 'email', hint: t('fields.errorReportEmailHint') })}
        </Section>

        <Section id="settings" title={t('sections.settings')} description={t('sections.settingsDescription')}>
          <Field id="integration-sendMethod" label={t('fields.sendMethod')} error={err('sendMethod')}>
            <Select id="integration-sendMethod" {...f.register('sendMethod')}>
              <option value="contract">{t('fields.sendMethodContract')}</option>
              <option value="service_order">{t('fields.sendMethodServiceOrder')}</option>
            </Select>
          </Field>
          <div className="space-y-2">
            <Checkbox id="integration-requireIdDocument" label={t('fields.requireIdDocument')} {...f.register('requireIdDocument')} />
            <Checkbox id="integration-requireSelfie" label={t('fields.requireSelfie')} {...f.register('requireSelfie')} />
            <Checkbox id="integration-requireHandwritten" label={t('fields.requireHandwritten')} {...f.register('requireHandwritten')} />
            <Checkbox id="integration-requireGeolocation" label={t('fields.requireGeolocation')} {...f.register('requireGeolocation')} />
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            {text('defaultExpiryDays', t('fields.defaultExpiryDays'), { hint: t('fields.defaultExpiryDaysHint'), placeholder: '15' })}
            {text('reminderEveryDays', t('fields.reminderEveryDays'), { hint: t('fields.reminderEveryDaysHint') })}
            {text('warnDaysBeforeExpiry', t('fields.warnDaysBeforeExpiry'), { hint: t('fields.warnDaysBeforeExpiryHint') })}
          </div>
        </Section>

        <Section id="signers" title={t('sections.signers')} description={t('sections.signersDescription')}>
          {employees.length === 0 && !readOnly ? (
            <Alert tone="warning">
              {t('fields.noEmployees')}{' '}
              <Link href="/console/employees/new" className="font-medium underline">
                {t('fields.manageEmployees')}
              </Link>
            </Alert>
          ) : null}
          <div className="grid gap-4 md:grid-cols-2">
            {select('companySignerId', t('fields.companySigner'), employees, t('fields.nobody'))}
            {info.userTokens ? secret('companySignerToken', t('fields.companySignerToken'), t('fields.userTokenHint')) : <div />}
            {select('companyWitnessId', t('fields.companyWitness'), employees, t('fields.nobody'))}
            {info.userTokens ? secret('companyWitnessToken', t('fields.companyWitnessToken'), t('fields.userTokenHint')) : null}
          </div>
        </Section>

        <Section id="notifications" title={t('sections.notifications')} description={t('sections.notificationsDescription')}>
          <div className="grid gap-4 md:grid-cols-2">
            {select('customerEmailTemplateId', t('fields.customerEmailTemplate'), emailTemplates, t('fields.noTemplate'))}
            {select('witnessEmailTemplateId', t('fields.witnessEmailTemplate'), emailTemplates, t('fields.noTemplate'))}
            {select('customerWhatsappTemplateId', t('fields.customerWhatsappTemplate'), whatsappTemplates, t('fields.noTemplate'))}
            {select('witnessWhatsappTemplateId', t('fields.witnessWhatsappTemplate'), whatsappTemplates, t('fields.noTemplate'))}
          </div>
          <Link href="/console/integrations/templates" className="inline-block text-sm text-blue-700 hover:underline">
            {t('fields.manageTemplates')}
          </Link>
        </Section>

        <Section id="channels" title={t('sections.channels')} description={t('sections.channelsDescription')}>
          <Field id="integration-whatsappProvider" label={t('fields.whatsappProvider')} error={err('whatsappProvider')}>
            <Select id="integration-whatsappProvider" {...f.register('whatsappProvider')}>
              {whatsappProviders.map((p) => (
                <option key={p} value={p}>
                  {whatsappProviderLabels[p]}
                </option>
              ))}
            </Select>
          </Field>
          {whatsappProvider && whatsappProvider !== 'none' ? (
            <div className="grid gap-4 md:grid-cols-2">
              {text('whatsappUrl', t('fields.whatsappUrl'), {
                type: 'url',
                placeholder: whatsappProvider === 'cloud_api' ? WHATSAPP_CLOUD_DEFAULT_URL : 'https://',
                hint: whatsappProvider === 'cloud_api' ? t('fields.whatsappUrlCloudHint', { url: WHATSAPP_CLOUD_DEFAULT_URL }) : t('fields.whatsappUrlOpaHint'),
              })}
              {text('whatsappSenderId', whatsappProvider === 'cloud_api' ? t('fields.whatsappPhoneNumberId') : t('fields.whatsappChannelId'))}
              {secret('whatsappToken', t('fields.whatsappToken'))}
              {text('whatsappCodeTemplate', t('fields.whatsappCodeTemplate'), { hint: t('fields.whatsappCodeTemplateHint') })}
            </div>
          ) : null}
          {text('smsUrl', t('fields.smsUrl'), { type: 'url', placeholder: 'https://', hint: t('fields.smsUrlHint') })}
          {smsUrl ? (
            <>
              <div className="grid gap-4 md:grid-cols-3">
                <Field id="integration-smsMethod" label={t('fields.smsMethod')} error={err('smsMethod')}>
                  <Select id="integration-smsMethod" {...f.register('smsMethod')}>
                    <option value="POST">POST</option>
                    <option value="GET">GET</option>
                  </Select>
                </Field>
                {text('smsAuthHeader', t('fields.smsAuthHeader'), { placeholder: 'Authorization' })}
                {secret('smsAuthValue', t('fields.smsAuthValue'))}
              </div>
              <Field id="integration-smsBodyTemplate" label={t('fields.smsBodyTemplate')} error={err('smsBodyTemplate')} hint={t('fields.smsBodyTemplateHint')}>
                <Textarea
                  id="integration-smsBodyTemplate"
                  rows={3}
                  className="font-mono"
                  placeholder={'{"to": "{{to}}", "message": "{{message}}"}'}
                  {...f.register('smsBodyTemplate')}
                />
              </Field>
            </>
          ) : null}
        </Section>
      </fieldset>
      {!readOnly ? (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : integrationId ? t('submitSave') : t('submitCreate')}
          </Button>
          {!integrationId ? (
            <Button variant="secondary" asChild>
              <Link href="/console/integrations">{t('cancel')}</Link>
            </Button>
          ) : null}
          {savedOk ? <Alert tone="success">{t('saved')}</Alert> : null}
        </div>
      ) : null}
    </form>
  );
}

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <div id={`secao-${id}`} className="scroll-mt-6">
      <Card title={title} description={description}>
        <div className="space-y-4">{children}</div>
      </Card>
    </div>
  );
}

/** A write-only secret: the saved value is never in the page, only whether there is one. */
function SecretInput(props: {
  form: Form;
  name: SecretField;
  label: string;
  saved: boolean;
  /** On edit, say whether a value is saved; on create there is nothing to say. */
  showStatus: boolean;
  mask: string;
  hint?: string;
  error?: string;
  readOnly: boolean;
}) {
  const t = useTranslations('integrations.secret');
  const { form, name, label, saved, error, readOnly } = props;
  const id = `integration-${name}`;
  const hint =
    props.showStatus || props.hint ? (
      <>
        {props.showStatus ? (
          <span className={saved ? 'font-medium text-green-800' : 'text-slate-500'}>{saved ? t('saved') : t('notSaved')}</span>
        ) : null}
        {props.showStatus && saved && !readOnly ? ` · ${t('keepHint')}` : null}
        {props.hint ? <span className="block">{props.hint}</span> : null}
      </>
    ) : undefined;
  return (
    <div className="space-y-2">
      <Field id={id} label={label} error={error} hint={hint}>
        <Input
          id={id}
          type="password"
          autoComplete="new-password"
          placeholder={saved ? props.mask : ''}
          invalid={!!error}
          {...form.register(name)}
        />
      </Field>
      {saved && !readOnly ? <Checkbox id={`${id}-remove`} label={t('remove')} {...form.register(removeName[name])} /> : null}
    </div>
  );
}
