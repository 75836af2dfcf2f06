import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { canAssignRole, roles } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { listUsers } from '@/lib/users/list-users';
import { InviteUserForm } from './_components/invite-user-form';
import { UserRowActions } from './_components/user-row-actions';

export const metadata: Metadata = { title: 'Usuários' };

export default async function UsersPage() {
  const operator = await requireOperatorPage('admin');
  const t = await getTranslations('roles');
  const rows = await listUsers(operator);
  const assignable = roles.filter((r) => canAssignRole(operator.role, r)).map((r) => ({ value: r, label: t(r) }));

  return (
    <>
      <PageHeader title="Usuários" description="Quem acessa o console desta conta e o que cada um pode fazer." />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">Nome</th>
                <th className="py-2 pr-4 font-medium">E-mail</th>
                <th className="py-2 pr-4 font-medium">Papel</th>
                <th className="py-2 pr-4 font-medium">Último acesso</th>
                <th className="py-2 pr-4 font-medium">Situação</th>
                <th className="py-2 font-medium">
                  <span className="sr-only">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((u) => (
                <tr key={u.id} data-testid={`user-${u.email}`}>
                  <td className="py-3 pr-4 font-medium">{u.name}</td>
                  <td className="py-3 pr-4 text-slate-600">{u.email}</td>
                  <td className="py-3 pr-4">{t(u.role)}</td>
                  <td className="py-3 pr-4 text-slate-600">{formatDateTime(u.lastLoginAt)}</td>
                  <td className="py-3 pr-4">
                    {u.active ? <Badge tone="green">Ativo</Badge> : <Badge tone="red">Desativado</Badge>}
                  </td>
                  <td className="py-3 text-right">
                    {u.id !== operator.userId && canAssignRole(operator.role, u.role) ? (
                      <UserRowActions user={{ id: u.id, name: u.name, role: u.role, active: u.active }} roles={assignable} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="Convidar usuário" description="O novo usuário recebe uma senha provisória, exibida uma única vez.">
          <InviteUserForm roles={assignable} />
        </Card>
      </div>
    </>
  );
}
