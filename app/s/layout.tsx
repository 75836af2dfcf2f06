import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

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
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-12 max-w-xl items-center gap-2 px-4">
          <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-700 text-sm font-bold text-white">
            R
          </span>
          <span className="text-sm font-semibold text-slate-800">{t('brand')}</span>
        </div>
      </header>
      <main className="mx-auto max-w-xl px-4 py-5">{children}</main>
    </div>
  );
}
