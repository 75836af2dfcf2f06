'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-xl font-semibold">{t('genericTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('genericBody')}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">ref. {error.digest}</p> : null}
      <button onClick={reset} className="mt-6 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white">
        {t('retry')}
      </button>
    </main>
  );
}
