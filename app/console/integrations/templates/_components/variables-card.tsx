import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { templateVariables } from '@/lib/notification-templates/variables';

export async function VariablesCard() {
  const t = await getTranslations('notificationTemplates.variables');
  return (
    <Card title={t('title')} description={t('description')}>
      <dl className="space-y-2 text-sm">
        {templateVariables.map((v) => (
          <div key={v.name}>
            <dt>
              <code className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-800">{`{{${v.name}}}`}</code>
            </dt>
            <dd className="text-slate-600">{v.description}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
