import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';

/** What an unbuilt section shows: a plain statement, never sample data. */
export async function NotBuilt({ section }: { section: string }) {
  const t = await getTranslations();
  const label = t(`nav.${section}`);
  return (
    <>
      <PageHeader title={label} />
      <Card title={t('notBuilt.title')}>
        <p className="text-sm text-slate-600">{t('notBuilt.body', { section: label })}</p>
      </Card>
    </>
  );
}
