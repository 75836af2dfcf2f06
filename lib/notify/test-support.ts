// Helpers for the notify integration tests (not imported by app code): a real SMTP server on
// loopback, and a small MIME reader independent of nodemailer, so the test checks what actually
// went over the wire rather than what the sending library believes it wrote.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type MimePart = {
  headers: Map<string, string>;
  contentType: string;
  params: Record<string, string>;
  /** Decoded body (base64 / quoted-printable undone). */
  body: Buffer;
  parts: MimePart[];
};

export type ReceivedMail = {
  raw: Buffer;
  envelopeTo: string[];
  subject: string;
  messageId: string;
  from: string;
  to: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
};

function decodeQuotedPrintable(s: string): Buffer {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'latin1'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (UTF-8, B or Q); whitespace between two encoded words is dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[bq]\?[^?]*\?=)\s+(?==\?[^?]+\?[bq]\?)/gi, '$1')
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_, _charset: string, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function parseParams(value: string): { value: string; params: Record<string, string> } {
  const [first, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value: first.trim().toLowerCase(), params };
}

export function parseMime(raw: Buffer): MimePart {
  const text = raw.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  const head = split < 0 ? text : text.slice(0, split);
  const bodyText = split < 0 ? '' : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const { value: contentType, params } = parseParams(headers.get('content-type') ?? 'text/plain');
  if (contentType.startsWith('multipart/') && params.boundary) {
    const chunks = bodyText.split(`--${params.boundary}`);
    const parts = chunks
      .slice(1)
      .filter((c) => !c.startsWith('--'))
      .map((c) => parseMime(Buffer.from(c.replace(/^\r?\n/, '').replace(/\r?\n$/, ''), 'latin1')));
    return { headers, contentType, params, body: Buffer.alloc(0), parts };
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(bodyText.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(bodyText)
        : Buffer.from(bodyText, 'latin1');
  return { headers, contentType, params, body, parts: [] };
}

function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

export function readMail(raw: Buffer, envelopeTo: string[]): ReceivedMail {
  const root = parseMime(raw);
  const all = leaves(root);
  const isAttachment = (p: MimePart) => (p.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment');
  const bodyOf = (type: string) => all.find((p) => p.contentType === type && !isAttachment(p))?.body.toString('utf8') ?? '';
  return {
    raw,
    envelopeTo,
    subject: decodeHeader(root.headers.get('subject') ?? ''),
    messageId: root.headers.get('message-id') ?? '',
    from: decodeHeader(root.headers.get('from') ?? ''),
    to: decodeHeader(root.headers.get('to') ?? ''),
    text: bodyOf('text/plain'),
    html: bodyOf('text/html'),
    attachments: all.filter(isAttachment).map((p) => ({
      filename: decodeHeader(parseParams(p.headers.get('content-disposition') ?? '').params.filename ?? p.params.name ?? ''),
      contentType: p.contentType,
      content: p.body,
    })),
  };
}

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  /** Stops listening: senders get "connection refused" until start() again. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
};

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives. Plain SMTP without
 * STARTTLS or AUTH; recipients in `reject` get a permanent 550.
 */
export async function startSmtpSink(opts: { reject?: string[] } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const reject = new Set((opts.reject ?? []).map((a) => a.toLowerCase()));
  let server: SMTPServer | undefined;
  let port = 0;

  const create = () =>
    new SMTPServer({
      logger: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onRcptTo(address, _session, callback) {
        if (reject.has(address.address.toLowerCase())) {
          const err = Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 });
          return callback(err);
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(readMail(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address)));
          callback();
        });
      },
    });

  const sink: SmtpSink = {
    get port() {
      return port;
    },
    received,
    start: () =>
      new Promise<void>((resolve, fail) => {
        const s = create();
        s.on('error', () => {});
        s.server.once('error', fail);
        s.listen(port, '127.0.0.1', () => {
          port = (s.server.address() as AddressInfo).port;
          server = s;
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = undefined;
        if (!s) return resolve();
        s.close(() => resolve());
      }),
  };
  await sink.start();
  return sink;
}

export type ProviderRequest = { method: string; path: string; query: URLSearchParams; headers: Record<string, string | string[] | undefined>; text: string; json: unknown };

export type FakeProvider = {
  url: string;
  port: number;
  requests: ProviderRequest[];
  /** What the next requests get: a status and a JSON body (default 200 with a provider id). */
  respond(fn: (req: ProviderRequest) => { status: number; body?: unknown }): void;
  stop(): Promise<void>;
  start(): Promise<void>;
};

/**
 * A messaging provider on 127.0.0.1 speaking plain HTTP: it records every request as received on
 * the wire so a test can check the provider's documented request shape, and answers what the test
 * says (a 503, a 400 with the provider's error body…). stop() closes the port: "connection refused".
 */
export async function startFakeProvider(): Promise<FakeProvider> {
  const { createServer } = await import('node:http');
  const requests: ProviderRequest[] = [];
  let responder: (req: ProviderRequest) => { status: number; body?: unknown } = () => ({ status: 200, body: { id: `prov-${requests.length}` } });
  let server: import('node:http').Server | undefined;
  let port = 0;
  const sockets = new Set<import('node:net').Socket>();
  const create = () =>
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = null;
        }
        const u = new URL(req.url ?? '/', 'http://127.0.0.1');
        const r: ProviderRequest = { method: req.method ?? '', path: u.pathname, query: u.searchParams, headers: req.headers, text, json };
        requests.push(r);
        const out = responder(r);
        res.writeHead(out.status, { 'content-type': 'application/json' });
        res.end(out.body === undefined ? '' : JSON.stringify(out.body));
      });
    });
  const fake: FakeProvider = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    requests,
    respond(fn) {
      responder = fn;
    },
    start: () =>
      new Promise<void>((resolve, fail) => {
        const s = create();
        s.on('connection', (sock) => {
          sockets.add(sock);
          sock.on('close', () => sockets.delete(sock));
        });
        s.once('error', fail);
        s.listen(port, '127.0.0.1', () => {
          port = (s.address() as AddressInfo).port;
          server = s;
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = undefined;
        if (!s) return resolve();
        for (const sock of sockets) sock.destroy();
        s.close(() => resolve());
      }),
  };
  await fake.start();
  return fake;
}
