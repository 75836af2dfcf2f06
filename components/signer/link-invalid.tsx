import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** The one neutral page for any bad link: unknown, tampered, revoked, expired or cancelled. */
export function LinkInvalid() {
  const t = useTranslations('signer.invalid');
  return (
    <section aria-labelledby="link-invalid-title" className="rounded-lg border border-slate-200 bg-white p-5 text-center shadow-sm">
      <div aria-hidden className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-full bg-amber-100 text-2xl text-amber-700">
        !
      </div>
      <h1 id="link-invalid-title" className="text-xl font-semibold text-slate-900">
        {t('title')}
      </h1>
      <p className="mt-2 text-base text-slate-700">{t('body')}</p>
      <p className="mt-3 text-base text-slate-700">{t('whatToDo')}</p>
      <Link href="/s" className="mt-4 inline-flex min-h-12 items-center justify-center rounded-md px-4 text-base font-medium text-blue-800 underline underline-offset-4 hover:bg-blue-50">
        {t('space')}
      </Link>
    </section>
  );
}
