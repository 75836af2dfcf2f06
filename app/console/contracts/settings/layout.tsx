import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { SettingsNav } from './_components/settings-nav';

export default async function ContractSettingsLayout({ children }: { children: ReactNode }) {
  await requireOperatorPage('viewer');
  const t = await getTranslations('contracts.settings');
  const base = '/console/contracts/settings';
  return (
    <>
      <Link href="/console/contracts" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('title')} description={t('description')} />
      <SettingsNav
        label={t('title')}
        items={[
          { href: `${base}/document-types`, label: t('nav.documentTypes') },
          { href: `${base}/stages`, label: t('nav.stages') },
          { href: `${base}/service-order-subjects`, label: t('nav.subjects') },
        ]}
      />
      {children}
    </>
  );
}
