import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('forbiddenBody')}</p>
      <Link href="/console" className="mt-6 inline-block text-blue-700 underline">
        Voltar ao início
      </Link>
    </main>
  );
}
