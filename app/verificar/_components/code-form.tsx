import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** A plain GET form: works without JavaScript, and the code lands in the address bar like the QR's. */
export async function CodeForm({ value }: { value?: string }) {
  const t = await getTranslations('verify.byCode');
  return (
    <Card title={t('title')} description={t('help')}>
      <form action="/verificar" method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className="flex-1 text-sm font-medium text-slate-800">
          {t('label')}
          <input
            name="codigo"
            defaultValue={value}
            required
            autoComplete="off"
            autoCapitalize="characters"
            placeholder={t('placeholder')}
            className="mt-1 block h-10 w-full rounded-md border border-slate-300 px-3 font-mono text-sm uppercase tracking-wider"
          />
        </label>
        <Button type="submit" variant="secondary">
          {t('submit')}
        </Button>
      </form>
    </Card>
  );
}
