import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Verificar documento', referrer: 'no-referrer' };

/** Public, no login: anyone holding a sealed PDF (a judge, the other party) checks it here. */
export default async function VerifyLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('verify');
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-12 max-w-2xl items-center gap-2 px-4">
          <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-700 text-sm font-bold text-white">
            R
          </span>
          <span className="text-sm font-semibold text-slate-800">{t('brand')}</span>
        </div>
      </header>
      <main className="mx-auto max-w-2xl space-y-5 px-4 py-6">{children}</main>
    </div>
  );
}
