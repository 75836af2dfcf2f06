import type { Metadata } from 'next';
import Link from 'next/link';
import { MailNotConfigured } from '@/components/console/mail-not-configured';
import { Pagination } from '@/components/console/pagination';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { getOutboxMail } from '@/lib/notify/get-outbox-mail';
import { listOutbox, listUndeliveredMessages } from '@/lib/notify/list-messages';
import { isMailConfigured } from '@/lib/notify/mail-config';
import { messageStatusLabels } from '@/lib/notify/schemas';
import { listParams } from '@/lib/pagination';
import { ResendButton } from './_components/resend-button';

export const metadata: Metadata = { title: 'Caixa de saída' };

type Search = Record<string, string | string[] | undefined>;

const size = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });
function formatSize(bytes: number) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${size.format(bytes / 1024)} KB` : `${size.format(bytes / 1024 / 1024)} MB`;
}

async function openMail(operator: Parameters<typeof getOutboxMail>[0], id: string | undefined) {
  if (!id) return null;
  try {
    return await getOutboxMail(operator, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return 'missing' as const;
    throw err;
  }
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperatorPage('admin');
  const raw = await searchParams;
  const { page } = listParams.parse(raw);
  const selected = typeof raw.mensagem === 'string' ? raw.mensagem : undefined;
  const [outbox, undelivered, mail] = await Promise.all([
    listOutbox(operator, { page }),
    listUndeliveredMessages(operator),
    openMail(operator, selected),
  ]);
  const pageParam = page > 1 ? String(page) : undefined;
  const hrefFor = (messageId: string) => `?${new URLSearchParams({ ...(pageParam ? { page: pageParam } : {}), mensagem: messageId })}`;

  return (
    <>
      <PageHeader
        title="Caixa de saída"
        description="E-mails que o Rubrica guardou aqui em vez de enviar. Abra um para ler como a pessoa o receberia."
      />
      <div className="mb-6">
        {isMailConfigured() ? (
          <Alert tone="info">
            O envio por SMTP está configurado: novos e-mails saem pelo servidor de e-mail. Aqui ficam os guardados antes disso.
          </Alert>
        ) : (
          <MailNotConfigured linkToOutbox={false} />
        )}
      </div>

      {undelivered.rows.length > 0 ? (
        <Card title="Mensagens não entregues" description="O envio falhou depois de todas as tentativas, ou o destinatário foi recusado." className="mb-6">
          <table className="w-full table-fixed text-left text-sm" data-testid="undelivered-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="w-[14%] py-2 pr-4 font-medium">Quando</th>
                <th className="w-[18%] py-2 pr-4 font-medium">Para</th>
                <th className="w-[24%] py-2 pr-4 font-medium">Assunto</th>
                <th className="w-[10%] py-2 pr-4 font-medium">Situação</th>
                <th className="w-[20%] py-2 pr-4 font-medium">Último erro</th>
                <th className="w-[14%] py-2 font-medium">
                  <span className="sr-only">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {undelivered.rows.map((m) => (
                <tr key={m.id} className="align-top">
                  <td className="py-3 pr-4 whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt)}</td>
                  <td className="truncate py-3 pr-4" title={m.toMasked}>
                    {m.toMasked}
                  </td>
                  <td className="truncate py-3 pr-4" title={m.subject ?? ''}>
                    {m.subject ?? '—'}
                  </td>
                  <td className="py-3 pr-4">
                    <Badge tone="red">{messageStatusLabels[m.status]}</Badge>
                    <p className="mt-1 text-xs text-slate-500">
                      {m.attempts} {m.attempts === 1 ? 'tentativa' : 'tentativas'}
                    </p>
                  </td>
                  <td className="py-3 pr-4 text-xs break-words text-slate-600">{m.lastError ?? '—'}</td>
                  <td className="py-3 text-right">
                    <ResendButton messageId={m.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}

      <div className={cn('grid gap-6', mail ? 'xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]' : undefined)}>
        <Card>
          {outbox.rows.length === 0 ? (
            <p className="py-6 text-sm text-slate-600">Nenhum e-mail na caixa de saída.</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm" data-testid="outbox-table">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">Assunto</th>
                  <th className={cn('py-2 pr-4 font-medium', mail ? 'hidden' : 'w-[30%]')}>Para</th>
                  <th className={cn('w-36 py-2 font-medium', mail ? 'hidden' : undefined)}>Data</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {outbox.rows.map((m) => {
                  const active = mail !== 'missing' && mail?.messageId === m.messageId;
                  return (
                    <tr key={m.messageId} className={active ? 'bg-blue-50' : 'hover:bg-slate-50'}>
                      <td className="py-3 pr-4">
                        <Link
                          href={hrefFor(m.messageId)}
                          aria-current={active ? 'true' : undefined}
                          className="block truncate font-medium text-blue-800 hover:underline"
                          title={m.subject}
                        >
                          {m.subject || '(sem assunto)'}
                        </Link>
                        {mail ? (
                          <span className="block truncate text-xs text-slate-500">
                            {m.toAddress} · {formatDateTime(m.createdAt)}
                          </span>
                        ) : null}
                      </td>
                      <td className={cn('truncate py-3 pr-4 text-slate-700', mail ? 'hidden' : undefined)} title={m.toAddress}>
                        {m.toAddress}
                      </td>
                      <td className={cn('py-3 whitespace-nowrap text-slate-600', mail ? 'hidden' : undefined)}>{formatDateTime(m.createdAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Pagination page={outbox.page} hasMore={outbox.hasMore} />
        </Card>

        {mail === 'missing' ? (
          <Alert tone="error">E-mail não encontrado nesta caixa de saída.</Alert>
        ) : mail ? (
          <Card>
            <article aria-label="E-mail aberto" data-testid="outbox-mail">
              <h2 className="text-lg font-semibold text-slate-900">{mail.subject || '(sem assunto)'}</h2>
              <dl className="mt-3 grid grid-cols-[5rem_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500">De</dt>
                <dd className="break-all text-slate-800">{mail.from}</dd>
                <dt className="text-slate-500">Para</dt>
                <dd className="break-all text-slate-800">{mail.to}</dd>
                <dt className="text-slate-500">Data</dt>
                <dd className="text-slate-800">{formatDateTime(mail.createdAt)}</dd>
                {mail.attachments.length > 0 ? (
                  <>
                    <dt className="text-slate-500">Anexos</dt>
                    <dd className="text-slate-800">
                      {mail.attachments.map((a) => `${a.filename} (${formatSize(a.size)})`).join(', ')}
                    </dd>
                  </>
                ) : null}
              </dl>
              {mail.html ? (
                // The mail's HTML is someone else's markup: a sandboxed frame without scripts or
                // same-origin access. Popups are allowed so a click on the button opens the link.
                <iframe
                  title="Conteúdo do e-mail"
                  srcDoc={mail.html}
                  sandbox="allow-popups allow-popups-to-escape-sandbox"
                  referrerPolicy="no-referrer"
                  className="mt-4 h-[34rem] w-full rounded-md border border-slate-200 bg-white"
                />
              ) : null}
              <details className="mt-4 text-sm" open={!mail.html}>
                <summary className="cursor-pointer text-slate-700">Versão em texto</summary>
                <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-sans text-sm break-words whitespace-pre-wrap text-slate-800">
                  {mail.text}
                </pre>
              </details>
            </article>
          </Card>
        ) : null}
      </div>
    </>
  );
}
