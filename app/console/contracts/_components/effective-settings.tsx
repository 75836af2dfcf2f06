import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert, Badge } from '@/components/ui/card';
import { providerLabel } from '@/lib/integrations/providers';
import type { EffectiveSettings, Resolved } from '@/lib/settings/effective-settings';

type Integration = {
  description: string;
  provider: 'rubrica' | 'clicksign' | 'arqsign' | 'totvs_tae';
  environment: 'production' | 'sandbox';
  sendMethod: 'contract' | 'service_order';
} | null;

/** Each effective value, where it comes from, and the sentence that explains it. */
export async function EffectiveSettingsPanel({ settings, integration, branchName }: { settings: EffectiveSettings; integration: Integration; branchName: string }) {
  const t = await getTranslations('contracts');
  const row = (key: keyof EffectiveSettings, item: Resolved<boolean> | Resolved<'on_signature' | 'manual'>) => (
    <div key={key} className="py-3" data-testid={`effective-${key}`}>
      <dt className="text-sm text-slate-700">{t(`effective.${key}`)}</dt>
      <dd className="mt-1 flex items-center gap-2 text-sm">
        <span className="font-semibold text-slate-900">
          {typeof item.value === 'boolean' ? t(item.value ? 'effective.yes' : 'effective.no') : t(`effective.${item.value}`)}
        </span>
        <Badge tone={item.source === 'contract' ? 'blue' : item.source === 'disabled' ? 'red' : 'neutral'}>{t(`effective.source.${item.source}`)}</Badge>
      </dd>
      <dd className="mt-1 text-xs text-slate-600">{item.explanation}</dd>
    </div>
  );
  return (
    <div className="space-y-4">
      {integration ? (
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('effective.integration')}</dt>
            <dd className="mt-0.5 text-slate-900">
              {t('effective.integrationValue', {
                description: integration.description,
                provider: providerLabel(integration.provider),
                environment: t(`environment.${integration.environment}`),
              })}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('effective.sendMethod')}</dt>
            <dd className="mt-0.5 text-slate-900">{integration.sendMethod === 'contract' ? t('effective.sendMethodContract') : t('effective.sendMethodServiceOrder')}</dd>
          </div>
        </dl>
      ) : (
        <Alert tone="warning">{t('effective.noIntegration', { branch: branchName })}</Alert>
      )}
      <dl className="divide-y divide-slate-100 border-t border-slate-100">
        {row('useSignature', settings.useSignature)}
        {row('activation', settings.activation)}
        {row('requireIdDocument', settings.requireIdDocument)}
        {row('requireSelfie', settings.requireSelfie)}
      </dl>
      <p className="text-xs text-slate-500">
        <Link href="/console/settings" className="text-blue-700 hover:underline">
          {t('effective.generalLink')}
        </Link>
      </p>
    </div>
  );
}
