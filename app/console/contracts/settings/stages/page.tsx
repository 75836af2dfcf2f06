import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listStages } from '@/lib/contract-stages/list-stages';
import { listDocumentTypes } from '@/lib/document-types/list-document-types';
import { DeleteStageButton, StageEditor } from '../_components/stage-editor';

export const metadata: Metadata = { title: 'Situações do contrato' };

export default async function StagesPage() {
  const operator = await requireOperatorPage('viewer');
  const t = await getTranslations('contracts.settings');
  const [rows, documentTypes] = await Promise.all([listStages(operator), listDocumentTypes(operator)]);
  const canManage = hasRole(operator.role, 'admin');
  const options = { documentTypes, stages: rows.map((s) => ({ id: s.id, name: s.name })) };
  return (
    <Card description={canManage ? t('stages.description') : `${t('stages.description')} ${t('readOnly')}`}>
      {canManage ? (
        <div className="mb-4">
          <StageEditor options={options} />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="py-4 text-sm text-slate-600">{t('stages.empty')}</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm" data-testid="stages-table">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-[8%] py-2 pr-4 font-medium">{t('stages.position')}</th>
              <th className="w-[24%] py-2 pr-4 font-medium">{t('stages.name')}</th>
              <th className="w-[32%] py-2 pr-4 font-medium">{t('stages.required')}</th>
              <th className="w-[18%] py-2 pr-4 font-medium">{t('stages.next')}</th>
              <th className="w-[18%] py-2 font-medium" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((s) => (
              <tr key={s.id} data-testid={`stage-${s.name}`}>
                <td className="py-3 pr-4 tabular-nums text-slate-600">{s.position}</td>
                <td className="truncate py-3 pr-4 font-medium text-slate-900" title={s.name}>
                  {s.name}
                </td>
                <td className="py-3 pr-4 text-slate-700">
                  {s.documentTypes.length === 0 ? (
                    <span className="text-slate-500">{t('stages.requiredNone')}</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {s.documentTypes.map((d) => (
                        <li key={d.id}>
                          {d.name}
                          {!d.requiresSignature ? <span className="ml-1 text-xs text-slate-500">({t('stages.notSigned')})</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="truncate py-3 pr-4 text-slate-700">{s.nextStageName ?? '—'}</td>
                <td className="py-3 text-right">
                  {canManage ? (
                    <div className="flex justify-end gap-2">
                      <StageEditor
                        options={options}
                        item={{ id: s.id, name: s.name, position: s.position, documentTypeIds: s.documentTypes.map((d) => d.id), nextStageId: s.nextStageId }}
                      />
                      <DeleteStageButton id={s.id} what={t('stages.deleteWhat', { name: s.name })} />
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
