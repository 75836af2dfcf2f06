import type { Metadata } from 'next';
import { ConfirmButton } from '@/components/console/confirm-button';
import { CopyButton } from '@/components/console/copy-button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { listFolders, listSignerRoles } from '@/lib/folders/folders';
import { createFolderAction, createSignerRoleAction, deleteFolderAction, deleteSignerRoleAction } from './actions';
import { NameForm } from './_components/name-form';

export const metadata: Metadata = { title: 'Pastas e papéis' };

export default async function FoldersPage() {
  const operator = await requireOperatorPage('admin');
  const [folders, roles] = await Promise.all([listFolders(operator), listSignerRoles(operator)]);
  return (
    <>
      <PageHeader title="Pastas e papéis" description="Pastas onde os envelopes criados pela API são arquivados (idPasta) e papéis que os signatários podem ter (Contratante, Testemunha, Fiador…)." />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Pastas">
          <NameForm id="folder-name" label="Nova pasta" button="Adicionar pasta" action={createFolderAction} />
          <ul className="mt-4 divide-y divide-slate-100 text-sm">
            {folders.length === 0 ? <li className="py-3 text-slate-600">Nenhuma pasta ainda.</li> : null}
            {folders.map((f) => (
              <li key={f.id} className="flex items-center justify-between gap-3 py-3" data-testid={`folder-${f.name}`}>
                <div className="min-w-0">
                  <div className="font-medium">{f.name}</div>
                  <code className="font-mono text-xs text-slate-600">{f.id}</code>
                </div>
                <div className="flex shrink-0 gap-2">
                  <CopyButton value={f.id} label="Copiar id" what={`o id da pasta ${f.name}`} />
                  <ConfirmButton
                    label="Excluir"
                    title={`Excluir a pasta "${f.name}"?`}
                    description="Só é possível excluir uma pasta que não guarda envelopes."
                    confirmLabel="Excluir"
                    pendingLabel="Excluindo…"
                    action={deleteFolderAction.bind(null, { id: f.id })}
                  />
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Papéis de signatário">
          <NameForm id="role-name" label="Novo papel" button="Adicionar papel" action={createSignerRoleAction} />
          <ul className="mt-4 divide-y divide-slate-100 text-sm">
            {roles.length === 0 ? <li className="py-3 text-slate-600">Nenhum papel ainda.</li> : null}
            {roles.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-3 py-3" data-testid={`role-${r.name}`}>
                <div className="min-w-0">
                  <div className="font-medium">{r.name}</div>
                  <code className="font-mono text-xs text-slate-600">{r.id}</code>
                </div>
                <div className="flex shrink-0 gap-2">
                  <CopyButton value={r.id} label="Copiar id" what={`o id do papel ${r.name}`} />
                  <ConfirmButton
                    label="Excluir"
                    title={`Excluir o papel "${r.name}"?`}
                    description="Envelopes já enviados mantêm o papel que tinham."
                    confirmLabel="Excluir"
                    pendingLabel="Excluindo…"
                    action={deleteSignerRoleAction.bind(null, { id: r.id })}
                  />
                </div>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
