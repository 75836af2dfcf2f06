import 'server-only';
import { createTransport } from 'nodemailer';
import { DeliveryRejectedError, type ChannelAdapter, type OutgoingMessage } from './channel';

export type SmtpAdapterOptions = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465; query options override ours. */
  url: string;
  /** "Empresa <nao-responda@empresa.com.br>" */
  from: string;
  /** Connect + greeting budget; default 15 s. A provider that does not answer is a retry, not a hang. */
  connectionTimeoutMs?: number;
  /** Inactivity during the session; default 60 s. */
  socketTimeoutMs?: number;
};

export type SmtpAdapter = ChannelAdapter & { close(): void };

type SmtpError = Error & { code?: string; responseCode?: number; command?: string; response?: string };

function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'rubrica.local';
}

/** Permanent refusals become DeliveryRejectedError; everything else (down, timeouts, 4xx) retries. */
function classify(err: unknown): unknown {
  const e = err as SmtpError;
  const code = e?.responseCode ?? 0;
  if (code >= 500 && e.code === 'EENVELOPE' && e.command === 'RCPT TO') {
    return new DeliveryRejectedError(`O servidor de e-mail recusou o destinatário: ${e.response ?? e.message}`, { bounced: true, cause: err });
  }
  if (code >= 500 && e.code === 'EMESSAGE') {
    return new DeliveryRejectedError(`O servidor de e-mail recusou a mensagem: ${e.response ?? e.message}`, { cause: err });
  }
  return err;
}

/**
 * E-mail through any SMTP server (nodemailer). One connection per message: simple, and a server
 * that went away and came back needs no pool recovery. The Message-ID is derived from the message
 * row, so a retry after an unclear failure carries the same id and receivers can drop the copy.
 */
export function createSmtpAdapter(opts: SmtpAdapterOptions): SmtpAdapter {
  const connectionTimeout = opts.connectionTimeoutMs ?? 15_000;
  const transporter = createTransport({
    url: opts.url,
    connectionTimeout,
    greetingTimeout: connectionTimeout,
    dnsTimeout: connectionTimeout,
    socketTimeout: opts.socketTimeoutMs ?? 60_000,
  });
  const domain = domainOf(opts.from);

  return {
    channel: 'email',
    transport: 'smtp',
    async send(message: OutgoingMessage) {
      try {
        const info = await transporter.sendMail({
          from: opts.from,
          to: message.to,
          subject: message.subject ?? '',
          text: message.text,
          html: message.html,
          messageId: `<${message.messageId}@${domain}>`,
          attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
          // Nothing in a message may make nodemailer read a file or fetch a URL of the server.
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { providerId: info.messageId ?? null };
      } catch (err) {
        throw classify(err);
      }
    },
    close: () => transporter.close(),
  };
}
