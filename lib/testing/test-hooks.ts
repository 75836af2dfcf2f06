import { insertApiKey } from '../api-keys/create-api-key';
import { apiScopes } from '../api-keys/schemas';
import { advanceClock, now, resetClock } from '../clock';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { contractTemplates, envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes, folders } from '../db/schema';
import { completeEnvelope } from '../envelopes/complete-envelope';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { listContractEnvelopes } from '../envelopes/list-contract-envelopes';
import { getOutboxMail } from '../notify/get-outbox-mail';
import { listOutbox } from '../notify/list-messages';
import { queueMessage } from '../notify/queue-message';
import { getBlobStore } from '../storage/get-blob-store';
import { createContractSetup } from './contract-factories';
import { deliveryEnvelopeHook, smtpHook } from './delivery-hooks';
import { samplePdf } from './sample-pdf';
import { createAccount, createUserFor } from './factories';
import { signedEnvelope } from '../evidence/test-support';
import { sealEnvelope } from '../evidence/seal-envelope';

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
    case 'api-key': {
      // An API key (every scope) and a folder for the account, as an admin would create them in the console.
      if (typeof body.accountId !== 'string') return undefined;
      const db = await getDb();
      const [folder] = await db.insert(folders).values({ accountId: body.accountId, name: `Pasta ${Date.now()}` }).returning({ id: folders.id });
      const rateLimitPerMinute = typeof body.rateLimitPerMinute === 'number' ? body.rateLimitPerMinute : undefined;
      const created = await db.transaction((tx) => insertApiKey(tx, { accountId: body.accountId as string, actorId: null }, { name: 'e2e', scopes: apiScopes, rateLimitPerMinute }));
      return { key: created.key, folderId: folder.id };
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
    case 'envelope': {
      // A contract's envelope, sent as the console would (blobs in the server's real store): the
      // signers' links come back as staff see them in "Histórico de assinaturas digitais".
      const { account, actors } = await createAccount({ roles: ['admin', 'operator'] });
      // Optional switches of the branch's integration, e.g. { integration: { requireSelfie: true } }.
      const asked = (body.integration ?? {}) as Record<string, unknown>;
      const integration = Object.fromEntries(['requireSelfie', 'requireIdDocument', 'requireHandwritten', 'requireGeolocation'].filter((k) => typeof asked[k] === 'boolean').map((k) => [k, asked[k]]));
      // { twoSigners: true }: only the customer (order 1) and the company representative (order 2).
      const two = body.twoSigners === true;
      // { customerCpf }: the customer's CPF (the Espaço do Signatário lists every envelope of one CPF).
      const customer = typeof body.customerCpf === 'string' ? { taxId: body.customerCpf } : undefined;
      const setup = await createContractSetup(actors.operator, { integration: two ? { ...integration, companyWitnessId: null } : integration, witness: !two, customer });
      const db = await getDb();
      // { termPages: N }: the term is an uploaded N-page PDF (the reader's long-document case).
      if (typeof body.termPages === 'number' && body.termPages >= 1 && body.termPages <= 500) {
        const pdf = await samplePdf(body.termPages, 'Termo de teste');
        const { sha256 } = await getBlobStore().put(pdf);
        await db.update(contractTemplates).set({ format: 'pdf', source: null, pdfSha256: sha256, pdfPageCount: body.termPages }).where(eq(contractTemplates.id, setup.term.id));
      }
      const { envelopeId } = await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: setup.contract.id, origin: 'manual' }));
      // { readRequired: true }: "obrigar leitura" on this envelope.
      if (body.readRequired === true) await db.update(envelopes).set({ readRequired: true }).where(eq(envelopes.id, envelopeId));
      // { customer: { attachmentRequests, documentNumberRequest } }: what the sender asks of the customer.
      const forCustomer = (body.customer ?? {}) as Pick<typeof envelopeRecipients.$inferInsert, 'attachmentRequests' | 'documentNumberRequest'>;
      if (forCustomer.attachmentRequests || forCustomer.documentNumberRequest) {
        await db
          .update(envelopeRecipients)
          .set({
            attachmentRequests: (forCustomer.attachmentRequests ?? []).map((a, i) => ({ id: `anexo-${i + 1}`, name: String(a.name), required: Boolean(a.required), visibleToAll: false })),
            documentNumberRequest: forCustomer.documentNumberRequest ?? null,
          })
          .where(and(eq(envelopeRecipients.envelopeId, envelopeId), eq(envelopeRecipients.role, 'customer')));
      }
      const envelope = (await listContractEnvelopes(actors.operator, setup.contract.id)).find((e) => e.id === envelopeId)!;
      return {
        accountId: account.id,
        envelopeId,
        name: envelope.name,
        documents: envelope.documents.map((d) => ({ id: d.id, name: d.name, pageCount: d.pageCount })),
        recipients: envelope.recipients.map((r) => ({ id: r.id, name: r.name, role: r.role, email: r.email, action: r.action, signingOrder: r.signingOrder, url: r.url })),
        // The customer's CPF (an ID-document photo for them is made from it) and an operator who can sign in.
        customerCpf: setup.customer.taxId,
        operator: { email: actors.operator.email, password: 'senha-de-teste-123' },
      };
    }
    case 'expire-envelope': {
      // The envelope's deadline passes (without moving the shared clock of the other tests).
      if (typeof body.envelopeId !== 'string') return undefined;
      await (await getDb()).update(envelopes).set({ expiresAt: new Date(now().getTime() - 60_000) }).where(eq(envelopes.id, body.envelopeId));
      return { ok: true };
    }
    case 'envelope-events': {
      // The evidence trail's event types, in order (e.g. "completion happens once").
      if (typeof body.envelopeId !== 'string') return undefined;
      const rows = await (await getDb()).select({ type: envelopeEvents.type }).from(envelopeEvents).where(eq(envelopeEvents.envelopeId, body.envelopeId)).orderBy(envelopeEvents.seq);
      return { types: rows.map((r) => r.type) };
    }
    case 'outbox-code': {
      // The newest access-code e-mail in the account's Caixa de saída (SMTP_URL unset), read as an admin would.
      if (typeof body.accountId !== 'string' || typeof body.to !== 'string') return undefined;
      const admin = { accountId: body.accountId, role: 'admin' as const };
      const mail = (await listOutbox(admin)).rows.find((m) => m.toAddress === body.to && m.subject.includes('código de acesso'));
      if (!mail) return { code: null };
      const { text } = await getOutboxMail(admin, mail.messageId);
      return { code: /\b(\d{6})\b/.exec(text ?? '')?.[1] ?? null, messageId: mail.messageId };
    }
    case 'smtp':
      return smtpHook(body);
    case 'delivery-envelope':
      return deliveryEnvelopeHook(body);
    case 'sealed-envelope': {
      // A contract's envelope signed by all four recipients through the real signing use-cases
      // (the customer draws), then sealed; an admin of its account can open the trail.
      const password = 'senha-de-teste-123';
      // { customerCpf }: the customer's CPF (the Espaço do Signatário lists every envelope of one CPF).
      const e = await signedEnvelope(typeof body.customerCpf === 'string' ? { customer: { taxId: body.customerCpf } } : {});
      const admin = await createUserFor(e.account.id, 'admin', password);
      const db = await getDb();
      await sealEnvelope(db, e.envelopeId);
      const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, e.envelopeId)).orderBy(asc(envelopeDocuments.position));
      return {
        accountId: e.account.id,
        envelopeId: e.envelopeId,
        admin: { email: admin.email, password },
        signers: [e.customer, e.company, e.customerWitness, e.companyWitness].map((s) => s.name),
        name: (await db.select({ name: envelopes.name }).from(envelopes).where(eq(envelopes.id, e.envelopeId)))[0].name,
        documents: docs.map((d) => ({ id: d.id, name: d.name, sha256: d.sha256, sealedSha256: d.sealedSha256, verificationCode: d.verificationCode })),
      };
    }
    default:
      return undefined;
  }
}
