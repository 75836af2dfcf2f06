'use client';

import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/format';

/** What both the code lookup and the file check show about a sealed document (dates may arrive as JSON strings). */
export type SummaryDocument = {
  code: string | null;
  documentName: string;
  issuer: string;
  status: string;
  statusLabel: string;
  pages: number;
  originalSha256: string;
  sealedSha256: string | null;
  createdAt: Date | string;
  completedAt: Date | string | null;
  sealedAt: Date | string | null;
  signers: { name: string; taxId: string | null; role: string; action: string; at: Date | string | null }[];
};

function Row({ label, children, mono }: { label: string; children: React.ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={mono ? 'break-all font-mono text-xs text-slate-900' : 'text-sm text-slate-900'}>{children}</dd>
    </div>
  );
}

export function DocumentSummary({ doc }: { doc: SummaryDocument }) {
  const t = useTranslations('verify.doc');
  return (
    <div className="space-y-4">
      <dl className="divide-y divide-slate-100">
        <Row label={t('document')}>{doc.documentName}</Row>
        <Row label={t('issuer')}>{doc.issuer}</Row>
        <Row label={t('status')}>{doc.statusLabel}</Row>
        <Row label={t('pages')}>{doc.pages}</Row>
        <Row label={t('createdAt')}>{formatDateTime(doc.createdAt)}</Row>
        <Row label={t('completedAt')}>{formatDateTime(doc.completedAt)}</Row>
        <Row label={t('sealedAt')}>{doc.sealedAt ? formatDateTime(doc.sealedAt) : t('notSealedYet')}</Row>
        <Row label={t('originalSha256')} mono>
          {doc.originalSha256}
        </Row>
        {doc.sealedSha256 ? (
          <Row label={t('sealedSha256')} mono>
            {doc.sealedSha256}
          </Row>
        ) : null}
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t('signers')}</h3>
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
          {doc.signers.map((s, i) => (
            <li key={i} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{s.name}</span>
                <span className="text-slate-500"> · {s.role}{s.taxId ? ` · CPF ${s.taxId}` : ''}</span>
              </span>
              <span className="text-slate-700">
                {s.action}
                {s.at ? ` em ${formatDateTime(s.at)}` : ''}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">{t('timezone')}</p>
      </div>
    </div>
  );
}
