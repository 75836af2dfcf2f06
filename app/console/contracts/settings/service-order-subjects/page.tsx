import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listSubjects } from '@/lib/service-orders/list-subjects';
import { DeleteSubjectButton, SubjectEditor } from '../_components/subject-editor';

export const metadata: Metadata = { title: 'Assuntos de O.S.' };

export default async function SubjectsPage() {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('contracts.settings');
  const rows = await listSubjects(operator);
  const canManage = hasRole(operator.role, 'admin');
  return (
    <Card description={canManage ? t('subjects.description') : `${t('subjects.description')} ${t('readOnly')}`}>
      {canManage ? (
        <div className="mb-4">
          <SubjectEditor />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="py-4 text-sm text-slate-600">{t('subjects.empty')}</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm" data-testid="subjects-table">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-[40%] py-2 pr-4 font-medium">{t('subjects.name')}</th>
              <th className="w-[24%] py-2 pr-4 font-medium">{t('subjects.requiresSignature')}</th>
              <th className="w-[16%] py-2 pr-4 font-medium">{t('subjects.orders')}</th>
              <th className="w-[20%] py-2 font-medium" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid={`subject-${r.name}`}>
                <td className="truncate py-3 pr-4 font-medium text-slate-900" title={r.name}>
                  {r.name}
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={r.requiresSignature ? 'blue' : 'neutral'}>{r.requiresSignature ? t('yes') : t('no')}</Badge>
                </td>
                <td className="py-3 pr-4 text-slate-600">{t('subjects.orderCount', { count: r.orderCount })}</td>
                <td className="py-3 text-right">
                  {canManage ? (
                    <div className="flex justify-end gap-2">
                      <SubjectEditor item={r} />
                      <DeleteSubjectButton id={r.id} what={t('subjects.deleteWhat', { name: r.name })} />
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
