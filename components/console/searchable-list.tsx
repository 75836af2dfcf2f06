import Link from 'next/link';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/console/pagination';
import { SearchForm } from '@/components/console/search-form';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';

type Props = {
  title: string;
  description: string;
  /** The "Novo …" button, for who may create. */
  create?: { href: string; label: string } | null;
  search: { q?: string; placeholder: string; label: string; /** "Resultados para …" and a link back to the whole list. */ summary?: ReactNode };
  /** Shown instead of the table when there are no rows. */
  empty: string | null;
  columns: { label: string; width: string }[];
  testId: string;
  page: number;
  hasMore: boolean;
  /** The table's rows (<tr>). */
  children: ReactNode;
};

/** A console list page: header with the create button, search, the table or why it is empty, pages. */
export function SearchableList({ title, description, create, search, empty, columns, testId, page, hasMore, children }: Props) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          create ? (
            <Button asChild>
              <Link href={create.href}>{create.label}</Link>
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <SearchForm q={search.q} placeholder={search.placeholder} label={search.label} />
          {search.summary ?? null}
        </div>
        {empty !== null ? (
          <p className="py-6 text-sm text-slate-600">{empty}</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm" data-testid={testId}>
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                {columns.map((c, i) => (
                  <th key={c.label} className={`${c.width} py-2 font-medium ${i < columns.length - 1 ? 'pr-4' : ''}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{children}</tbody>
          </table>
        )}
        <Pagination page={page} hasMore={hasMore} params={{ q: search.q }} />
      </Card>
    </>
  );
}
