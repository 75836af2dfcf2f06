import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listTemplates } from '@/lib/notification-templates/list-templates';

export const metadata: Metadata = { title: 'Modelos de notificação' };

export default async function TemplatesPage() {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('notificationTemplates');
  const rows = await listTemplates(operator);
  const canManage = hasRole(operator.role, 'admin');

  return (
    <>
      <Link href="/console/integrations" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('backToIntegrations')}
      </Link>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/console/integrations/templates/new">{t('new')}</Link>
            </Button>
          ) : null
        }
      />
      <Card>
        {rows.length === 0 ? (
          <p className="py-6 text-sm text-slate-600">{t('list.empty')}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid="templates-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[40%] py-2 pr-4 font-medium">{t('list.name')}</th>
                <th className="w-[15%] py-2 pr-4 font-medium">{t('list.channel')}</th>
                <th className="w-[45%] py-2 font-medium">{t('list.subject')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <td className="truncate py-3 pr-4">
                    <Link href={`/console/integrations/templates/${r.id}`} className="font-medium text-blue-800 hover:underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">
                    <Badge tone={r.channel === 'email' ? 'blue' : 'green'}>{t(`channel.${r.channel}`)}</Badge>
                  </td>
                  <td className="truncate py-3 text-slate-600">{r.subject ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
