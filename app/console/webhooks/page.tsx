import type { Metadata } from 'next';
import { ConfirmButton } from '@/components/console/confirm-button';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { formatDateTime } from '@/lib/format';
import { listWebhookDeliveries } from '@/lib/webhooks/deliveries';
import { listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { webhookEventLabels, webhookEvents } from '@/lib/webhooks/events';
import { deleteWebhookAction } from './actions';
import { ResendButton, ToggleActiveButton } from './_components/row-buttons';
import { WebhookForm } from './_components/webhook-form';

export const metadata: Metadata = { title: 'Webhooks' };

const statusBadge = { succeeded: <Badge tone="green">Entregue</Badge>, pending: <Badge tone="blue">Tentando</Badge>, failed: <Badge tone="red">Falhou</Badge> };

export default async function WebhooksPage() {
  const operator = await requireOperatorPage('admin');
  const [endpoints, deliveries] = await Promise.all([listWebhookEndpoints(operator), listWebhookDeliveries(operator)]);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          <>
            Avisos enviados ao seu sistema quando algo acontece com um envelope, assinados com <code>Content-Hmac</code> (como a Clicksign) e{' '}
            <code>X-Rubrica-Signature</code>. Falhas são tentadas de novo por cerca de 24 horas.
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title="Endereços cadastrados">
          {endpoints.length === 0 ? (
            <p className="text-sm text-slate-600">Nenhum webhook cadastrado.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {endpoints.map((e) => (
                <li key={e.id} className="flex items-start justify-between gap-3 py-3" data-testid={`webhook-${e.url}`}>
                  <div className="min-w-0">
                    <div className="break-all font-medium">{e.url}</div>
                    {e.description ? <div className="text-slate-600">{e.description}</div> : null}
                    <div className="mt-1 text-xs text-slate-500">
                      {e.events.length === webhookEvents.length ? 'Todos os eventos' : e.events.map((ev) => webhookEventLabels[ev]).join(', ')}
                    </div>
                  </div>
                  <div className="flex shrink-0 items-center gap-2">
                    {e.active ? <Badge tone="green">Ativo</Badge> : <Badge>Pausado</Badge>}
                    <ToggleActiveButton id={e.id} active={e.active} />
                    <ConfirmButton
                      label="Excluir"
                      title="Excluir este webhook?"
                      description={`${e.url} deixa de receber eventos, e o registro das suas entregas é apagado.`}
                      confirmLabel="Excluir"
                      pendingLabel="Excluindo…"
                      action={deleteWebhookAction.bind(null, { id: e.id })}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Novo webhook">
          <WebhookForm />
        </Card>
      </div>

      <h2 className="mb-3 mt-8 text-lg font-semibold">Entregas recentes</h2>
      <Card>
        {deliveries.length === 0 ? (
          <p className="text-sm text-slate-600">Nenhuma entrega ainda.</p>
        ) : (
          <table className="w-full table-fixed text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-36 py-2 pr-3 font-medium">Quando</th>
                <th className="w-40 py-2 pr-3 font-medium">Evento</th>
                <th className="py-2 pr-3 font-medium">Destino</th>
                <th className="w-24 py-2 pr-3 font-medium">Situação</th>
                <th className="w-52 py-2 pr-3 font-medium">Resposta</th>
                <th className="w-28 py-2 font-medium">
                  <span className="sr-only">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deliveries.map((d) => (
                <tr key={d.id} data-testid={`delivery-${d.event}`}>
                  <td className="py-2 pr-3 text-slate-600">{formatDateTime(d.lastAttemptAt ?? d.createdAt)}</td>
                  <td className="py-2 pr-3">
                    <code className="text-xs">{d.event}</code>
                    {d.resendOf ? <div className="text-xs text-slate-500">reenvio</div> : null}
                  </td>
                  <td className="truncate py-2 pr-3 text-slate-600" title={d.url}>
                    {d.url}
                  </td>
                  <td className="py-2 pr-3">{statusBadge[d.status]}</td>
                  <td className="py-2 pr-3 text-xs text-slate-600">
                    <div>
                      {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.lastError ? 'Sem resposta' : '—'} · {d.attempts} {d.attempts === 1 ? 'tentativa' : 'tentativas'}
                    </div>
                    {d.lastError || d.lastResponse ? (
                      <div className="truncate" title={d.lastError ?? d.lastResponse ?? ''}>
                        {d.lastError ?? d.lastResponse}
                      </div>
                    ) : null}
                  </td>
                  <td className="py-2 text-right">{d.attempts > 0 || d.status === 'failed' ? <ResendButton id={d.id} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
