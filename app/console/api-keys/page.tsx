import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmButton } from '@/components/console/confirm-button';
import { CopyButton } from '@/components/console/copy-button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { listFolders, listSignerRoles } from '@/lib/folders/folders';
import { formatDateTime } from '@/lib/format';
import { listUsers } from '@/lib/users/list-users';
import { revokeApiKeyAction } from './actions';
import { CreateKeyForm } from './_components/create-key-form';

export const metadata: Metadata = { title: 'Chaves de API' };

function IdCell({ id, what }: { id: string; what: string }) {
  return (
    <span className="flex items-center gap-2">
      <code className="font-mono text-xs text-slate-600">{id}</code>
      <CopyButton value={id} what={`o id de ${what}`} />
    </span>
  );
}

export default async function ApiKeysPage() {
  const operator = await requireOperatorPage('admin');
  const [keys, users, folders, roles] = await Promise.all([listApiKeys(operator), listUsers(operator), listFolders(operator), listSignerRoles(operator)]);

  return (
    <>
      <PageHeader
        title="Chaves de API"
        description={
          <>
            Chaves para ERPs, CRMs e portais criarem e acompanharem envelopes pela API (cabeçalho <code>AppKey</code> ou{' '}
            <code>Authorization: Bearer</code>). Documentação em <a className="text-blue-700 underline" href="/api/docs">/api/docs</a>.
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card>
          {keys.length === 0 ? (
            <p className="text-sm text-slate-600">Nenhuma chave criada ainda.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">Nome</th>
                  <th className="py-2 pr-4 font-medium">Chave</th>
                  <th className="py-2 pr-4 font-medium">Permissões</th>
                  <th className="py-2 pr-4 font-medium">Último uso</th>
                  <th className="py-2 pr-4 font-medium">Situação</th>
                  <th className="py-2 font-medium">
                    <span className="sr-only">Ações</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {keys.map((k) => (
                  <tr key={k.id} data-testid={`api-key-${k.name}`}>
                    <td className="py-3 pr-4">
                      <div className="font-medium">{k.name}</div>
                      <div className="text-xs text-slate-500">
                        Criada em {formatDateTime(k.createdAt)}
                        {k.createdByName ? ` por ${k.createdByName}` : ''}
                      </div>
                    </td>
                    <td className="py-3 pr-4">
                      <code className="font-mono text-xs">{k.prefix}…</code>
                    </td>
                    <td className="py-3 pr-4 text-xs text-slate-600">{k.scopes.join(', ')}</td>
                    <td className="py-3 pr-4 text-slate-600">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Nunca'}</td>
                    <td className="py-3 pr-4">{k.revokedAt ? <Badge tone="red">Revogada</Badge> : <Badge tone="green">Ativa</Badge>}</td>
                    <td className="py-3 text-right">
                      {k.revokedAt ? null : (
                        <ConfirmButton
                          label="Revogar"
                          title={`Revogar a chave "${k.name}"?`}
                          description="Quem usa esta chave deixa de ter acesso imediatamente. Não é possível desfazer."
                          confirmLabel="Revogar"
                          pendingLabel="Revogando…"
                          action={revokeApiKeyAction.bind(null, { keyId: k.id })}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title="Nova chave" description="A chave é exibida uma única vez; guardamos só um resumo criptográfico dela.">
          <CreateKeyForm />
        </Card>
      </div>

      <h2 className="mb-3 mt-8 text-lg font-semibold">IDs para integração</h2>
      <p className="mb-4 text-sm text-slate-600">
        O endpoint compatível com ArqSign pede o <code>idResponsavel</code> (um usuário ativo) e o <code>idPasta</code>; os papéis são informados pelo nome.
        Também disponíveis em <code>GET /api/v1/account</code>.
      </p>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Usuários (idResponsavel)">
          <ul className="space-y-3 text-sm">
            {users.map((u) => (
              <li key={u.id} data-testid={`user-id-${u.email}`}>
                <div className="font-medium">
                  {u.name} {u.active ? null : <Badge tone="red">Desativado</Badge>}
                </div>
                <IdCell id={u.id} what={u.name} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Pastas (idPasta)" description={<Link className="text-blue-700 underline" href="/console/folders">Gerenciar pastas e papéis</Link>}>
          {folders.length === 0 ? (
            <p className="text-sm text-slate-600">Nenhuma pasta. Crie uma em Pastas e papéis.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {folders.map((f) => (
                <li key={f.id}>
                  <div className="font-medium">{f.name}</div>
                  <IdCell id={f.id} what={`a pasta ${f.name}`} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Papéis de signatário">
          {roles.length === 0 ? (
            <p className="text-sm text-slate-600">Nenhum papel cadastrado.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {roles.map((r) => (
                <li key={r.id}>
                  <div className="font-medium">{r.name}</div>
                  <IdCell id={r.id} what={`o papel ${r.name}`} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
