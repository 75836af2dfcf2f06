import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';

/** A GET search box: the query lives in the URL, so results are linkable and the back button works. */
export function SearchForm({ q, placeholder, label = 'Buscar' }: { q?: string; placeholder: string; label?: string }) {
  return (
    <form method="get" role="search" className="flex gap-2">
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <Input id="q" name="q" type="search" defaultValue={q} placeholder={placeholder} className="w-80" />
      <Button type="submit" variant="secondary">
        {label}
      </Button>
    </form>
  );
}
