import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { consoleNav } from '@/components/console/nav';
import { hasRole } from '@/lib/auth/roles';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { ConsoleNav } from './_components/console-nav';
import { SignOutButton } from './_components/sign-out-button';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const operator = await requireOperatorPage();
  const t = await getTranslations();
  const groups = consoleNav
    .map((g) => ({
      label: t(`nav.groups.${g.key}`),
      items: g.items
        .filter((i) => hasRole(operator.role, i.role))
        .map((i) => ({ href: i.href, label: t(`nav.${i.key}`), ready: i.ready })),
    }))
    .filter((g) => g.items.length > 0);

  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white">
        <div className="flex h-14 items-center gap-2 border-b border-slate-200 px-5">
          <span className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-700 text-sm font-bold text-white">R</span>
          <span className="font-semibold">Rubrica</span>
        </div>
        <ConsoleNav home={t('nav.home')} groups={groups} comingSoon={t('nav.soon')} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between border-b border-slate-200 bg-white px-6">
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-900">{operator.accountName}</span>
          </p>
          <div className="flex items-center gap-4 text-sm">
            <a href="/console/account" className="text-slate-700 hover:underline">
              {operator.name} · {t(`roles.${operator.role}`)}
            </a>
            <SignOutButton label={t('nav.signOut')} />
          </div>
        </header>
        <main className="flex-1 p-6 lg:p-8">{children}</main>
      </div>
    </div>
  );
}
