import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterActions, FilterBar, FilterPeriod, FilterSelect, FilterText } from '@/components/console/list-filters';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { entityTypeLabels, listActivity } from '@/lib/activity/list-activity';
import { activityFilters } from '@/lib/activity/schemas';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { formatDateTime } from '@/lib/format';
import { listUsers } from '@/lib/users/list-users';

export const metadata: Metadata = { title: 'Logs' };

type Search = Record<string, string | undefined>;

export default async function LogsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperatorPage('admin');
  const raw = await searchParams;
  const parsed = activityFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : activityFilters.parse({});
  const [{ rows, hasMore }, people] = await Promise.all([listActivity(operator, filters), listUsers(operator)]);
  const filtered = !!(filters.q || filters.actorId || filters.entityType || filters.from || filters.to);
  const pageHref = (page: number) => `?${new URLSearchParams({ ...clean(raw), page: String(page) })}`;

  return (
    <>
      <PageHeader title="Logs" description="Atividade da equipe: quem fez o quê, em qual registro, quando e de qual IP." />
      <Card className="mb-6">
        <FilterBar label="Filtrar atividade">
          <FilterText id="q" name="q" label="Texto" value={filters.q} placeholder="ex.: convidou" />
          <FilterSelect id="actorId" name="actorId" label="Usuário" value={filters.actorId} allLabel="Todos" options={people.map((p) => ({ value: p.id, label: p.name }))} />
          <FilterSelect
            id="entityType"
            name="entityType"
            label="Registro"
            value={filters.entityType}
            allLabel="Todos"
            options={Object.entries(entityTypeLabels).map(([value, label]) => ({ value, label }))}
          />
          <FilterPeriod idPrefix="log" from={filters.from} to={filters.to} labels={{ from: 'De', to: 'Até' }} />
          <FilterActions filtered={filtered} clearHref="/console/logs" applyLabel="Filtrar" clearLabel="Limpar" />
        </FilterBar>
        {!parsed.success ? (
          <div>
            <Alert tone="error">Filtros inválidos foram ignorados: {parsed.error.issues.map((i) => i.message).join(' ')}</Alert>
          </div>
        ) : null}
      </Card>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">Nenhuma atividade encontrada com estes filtros.</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="activity-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">Quando</th>
                <th className="py-2 pr-4 font-medium">Quem</th>
                <th className="py-2 pr-4 font-medium">O quê</th>
                <th className="py-2 pr-4 font-medium">Registro</th>
                <th className="py-2 font-medium">IP</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="whitespace-nowrap py-2 pr-4 text-slate-600">{formatDateTime(r.createdAt)}</td>
                  <td className="py-2 pr-4">{r.actorName ?? 'Sistema'}</td>
                  <td className="py-2 pr-4">{r.summary}</td>
                  <td className="py-2 pr-4 text-slate-600">{entityTypeLabels[r.entityType] ?? r.entityType}</td>
                  <td className="py-2 font-mono text-xs text-slate-600">{r.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="mt-4 flex justify-between text-sm">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} className="text-blue-700 hover:underline">← Anteriores</Link> : <span />}
          {hasMore ? <Link href={pageHref(filters.page + 1)} className="text-blue-700 hover:underline">Mais antigos →</Link> : null}
        </div>
      </Card>
    </>
  );
}

function clean(raw: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}
