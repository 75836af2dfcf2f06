import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PublicShell } from '@/components/public/public-shell';

export const metadata: Metadata = {
  title: 'Assinatura',
  // Signer links are private: never indexed, never leaked through a Referer.
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

/** The signer portal: one narrow column, no console navigation, readable on a 375 px phone. */
export default async function SignerLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('signer');
  return (
    <PublicShell brand={t('brand')} width="narrow">
      {children}
    </PublicShell>
  );
}
