import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listDocumentTypes } from '@/lib/document-types/list-document-types';
import { DeleteDocumentTypeButton, DocumentTypeEditor } from '../_components/document-type-editor';

export const metadata: Metadata = { title: 'Tipos de documento' };

export default async function DocumentTypesPage() {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('contracts.settings');
  const rows = await listDocumentTypes(operator);
  const canManage = hasRole(operator.role, 'admin');
  return (
    <Card description={canManage ? t('documentTypes.description') : `${t('documentTypes.description')} ${t('readOnly')}`}>
      {canManage ? (
        <div className="mb-4">
          <DocumentTypeEditor />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="py-4 text-sm text-slate-600">{t('documentTypes.empty')}</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm" data-testid="document-types-table">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-[40%] py-2 pr-4 font-medium">{t('documentTypes.name')}</th>
              <th className="w-[22%] py-2 pr-4 font-medium">{t('documentTypes.requiresSignature')}</th>
              <th className="w-[18%] py-2 pr-4 font-medium">{t('documentTypes.stages')}</th>
              <th className="w-[20%] py-2 font-medium" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid={`document-type-${r.name}`}>
                <td className="truncate py-3 pr-4 font-medium text-slate-900" title={r.name}>
                  {r.name}
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={r.requiresSignature ? 'blue' : 'neutral'}>{r.requiresSignature ? t('yes') : t('no')}</Badge>
                </td>
                <td className="py-3 pr-4 text-slate-600">{t('documentTypes.stageCount', { count: r.stageCount })}</td>
                <td className="py-3 text-right">
                  {canManage ? (
                    <div className="flex justify-end gap-2">
                      <DocumentTypeEditor item={r} />
                      <DeleteDocumentTypeButton id={r.id} what={t('documentTypes.deleteWhat', { name: r.name })} />
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
