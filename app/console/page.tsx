import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { consoleNav } from '@/components/console/nav';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { hasRole } from '@/lib/auth/roles';
import { requireOperatorPage } from '@/lib/auth/page-guard';

export default async function ConsoleHome() {
  const operator = await requireOperatorPage();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t('home.title', { name: operator.name })}
        description={t('home.subtitle', { account: operator.accountName, role: t(`roles.${operator.role}`) })}
      />
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-4">
        {consoleNav.map((group) => {
          const items = group.items.filter((i) => hasRole(operator.role, i.role));
          if (items.length === 0) return null;
          return (
            <Card key={group.key} title={t(`nav.groups.${group.key}`)}>
              <ul className="space-y-2">
                {items.map((i) => (
                  <li key={i.key} className="flex items-center justify-between">
                    <Link href={i.href} className="text-sm text-blue-800 hover:underline">
                      {t(`nav.${i.key}`)}
                    </Link>
                    {i.ready ? <Badge tone="green">{t('home.available')}</Badge> : <Badge>{t('home.comingSoon')}</Badge>}
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </>
  );
}
