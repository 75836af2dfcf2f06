import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PublicShell } from '@/components/public/public-shell';

export const metadata: Metadata = { title: 'Verificar documento', referrer: 'no-referrer' };

/** Public, no login: anyone holding a sealed PDF (a judge, the other party) checks it here. */
export default async function VerifyLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('verify');
  return (
    <PublicShell brand={t('brand')} width="wide">
      {children}
    </PublicShell>
  );
}
