import { advanceClock, now, resetClock } from '../clock';
import { getDb } from '../db/client';
import { completeEnvelope } from '../envelopes/complete-envelope';
import { queueMessage } from '../notify/queue-message';
import { createAccount } from './factories';

/**
 * What the e2e suite may ask of a server started with RUBRICA_TEST_HOOKS=1. Going through the
 * running server keeps the embedded PGlite single-process.
 */
export async function runTestHook(hook: string, body: Record<string, unknown>) {
  switch (hook) {
    case 'clock': {
      if (body.reset) resetClock();
      if (typeof body.advanceMs === 'number') advanceClock(body.advanceMs);
      return { now: now().toISOString() };
    }
    case 'account': {
      const password = typeof body.password === 'string' ? body.password : 'senha-de-teste-123';
      const { account, actors } = await createAccount({ password });
      return {
        accountId: account.id,
        password,
        users: Object.fromEntries(Object.entries(actors).map(([role, a]) => [role, { id: a.actorId, email: a.email }])),
      };
    }
    case 'complete-envelope': {
      // Simulates every signer having signed (until the signer portal exists): completion and its effects.
      if (typeof body.envelopeId !== 'string') return undefined;
      return completeEnvelope(await getDb(), body.envelopeId, now());
    }
    case 'queue-mail': {
      // An e-mail queued as the app would; the server's own worker delivers it (the outbox when SMTP_URL is unset).
      if (typeof body.accountId !== 'string') return undefined;
      const text = (key: string, fallback: string) => (typeof body[key] === 'string' ? (body[key] as string) : fallback);
      const { messageId } = await (await getDb()).transaction((tx) =>
        queueMessage(tx, {
          accountId: body.accountId as string,
          channel: 'email',
          to: text('to', 'jose.conceicao@exemplo.com.br'),
          subject: text('subject', 'Assinatura pendente: {{documento.nome}} — {{signatario.nome}}'),
          body: text('body', 'Olá, {{signatario.nome}}!\n\nHá um documento esperando a sua assinatura até {{prazo}}.'),
          variables: {
            'signatario.nome': text('name', 'José da Conceição'),
            'empresa.nome': 'Rubrica Demo',
            'documento.nome': text('document', 'contrato nº 123'),
            prazo: '30/11/2026',
            link: text('link', 'https://rubrica.exemplo.com.br/s/link-de-teste'),
          },
          buttonLabel: 'Assinar o documento',
        }),
      );
      return { messageId };
    }
    default:
      return undefined;
  }
}
