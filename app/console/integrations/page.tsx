import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listIntegrations } from '@/lib/integrations/list-integrations';
import { environmentLabels, providerLabel } from '@/lib/integrations/providers';

export const metadata: Metadata = { title: 'Integrações de assinatura digital' };

export default async function IntegrationsPage() {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('integrations');
  const rows = await listIntegrations(operator);
  const canManage = hasRole(operator.role, 'admin');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button variant="secondary" asChild>
              <Link href="/console/integrations/templates">{t('templatesLink')}</Link>
            </Button>
            {canManage ? (
              <Button asChild>
                <Link href="/console/integrations/new">{t('new')}</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        {rows.length === 0 ? (
          <div className="py-6 text-sm text-slate-600">
            <p>{t('list.empty')}</p>
            <p className="mt-1">{t('list.emptyHint')}</p>
          </div>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="integrations-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[36%] py-2 pr-4 font-medium">{t('list.description')}</th>
                <th className="w-[26%] py-2 pr-4 font-medium">{t('list.provider')}</th>
                <th className="w-[22%] py-2 pr-4 font-medium">{t('list.environment')}</th>
                <th className="w-[16%] py-2 font-medium">{t('list.branches')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((i) => (
                <tr key={i.id} className="hover:bg-slate-50" data-testid={`integration-${i.description}`}>
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/integrations/${i.id}`} className="font-medium text-blue-800 hover:underline" title={i.description}>
                      {i.description}
                    </Link>
                  </td>
                  <td className="truncate py-3 pr-4 text-slate-700">{providerLabel(i.provider)}</td>
                  <td className="py-3 pr-4">
                    <Badge tone={i.environment === 'production' ? 'green' : 'neutral'}>{environmentLabels[i.environment]}</Badge>
                  </td>
                  <td className="py-3 text-slate-600">{t('list.branchCount', { count: Number(i.branchCount) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
