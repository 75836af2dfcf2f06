import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Entrar' };

const notices: Record<string, 'expired' | 'signedOut'> = { expirada: 'expired', saiu: 'signedOut' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ motivo?: string }> }) {
  const { motivo } = await searchParams;
  const t = await getTranslations('login');
  const notice = motivo ? notices[motivo] : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-100 to-blue-50 p-6">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-xl bg-blue-700 text-xl font-bold text-white">
            R
          </div>
          <p className="text-2xl font-semibold tracking-tight">Rubrica</p>
          <p className="text-sm text-slate-600">Assinatura eletrônica para a sua empresa</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-lg font-semibold">{t('title')}</h1>
          <p className="mb-6 mt-1 text-sm text-slate-600">{t('subtitle')}</p>
          <SignInForm notice={notice ? t(notice) : undefined} />
        </div>
      </div>
    </main>
  );
}
