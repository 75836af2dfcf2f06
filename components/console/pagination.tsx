import Link from 'next/link';

type Props = { page: number; hasMore: boolean; params?: Record<string, string | undefined> };

/** Previous / next links that keep the list's other query parameters. */
export function Pagination({ page, hasMore, params = {} }: Props) {
  const href = (p: number) => {
    const qs = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `?${qs}`;
  };
  if (page === 1 && !hasMore) return null;
  return (
    <nav aria-label="Paginação" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="rounded-md px-3 py-2 text-blue-700 hover:bg-blue-50">
          ← Anterior
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-500">Página {page}</span>
      {hasMore ? (
        <Link href={href(page + 1)} className="rounded-md px-3 py-2 text-blue-700 hover:bg-blue-50">
          Próxima →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
