import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { createContractSetup, useTemporaryBlobStore } from '../testing/contract-factories';
import { run, tmpFile } from '../pdf/testing/pdf-tools';
import { getBlobStore } from '../storage/get-blob-store';
import { setupTestDb } from '../testing/db';
import { apiRequest, b64, createApiAccount, makePdf } from './testing/api-fixtures';
import { v1 } from './v1-handlers';

setupTestDb();

type Setup = Awaited<ReturnType<typeof createApiAccount>>;
let s: Setup;
let pdfA: Uint8Array;
let pdfB: Uint8Array;

beforeAll(async () => {
  useTemporaryBlobStore();
  s = await createApiAccount();
  pdfA = await makePdf({ title: 'Contrato' });
  pdfB = await makePdf({ title: 'Anexo', pages: 2 });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const body = (over: Record<string, unknown> = {}) => ({
  name: 'Contrato 42',
  documents: [{ name: 'contrato.pdf', contentBase64: b64(pdfA) }],
  settings: { expiresInDays: 10, signingOrder: true },
  signers: [
    { name: 'Maria Souza', email: 'maria@exemplo.com.br', order: 1, action: 'sign', delivery: 'email', auth: 'email' },
    { name: 'João Lima', email: 'joao@exemplo.com.br', order: 2, action: 'approve', delivery: 'none', auth: 'email' },
  ],
  ...over,
});

async function create(b: unknown, headers: Record<string, string> = {}, key = s.key) {
  const res = await v1.createEnvelope(apiRequest('/api/v1/envelopes', { method: 'POST', key, body: b, headers }));
  return { res, json: (await res.json()) as Record<string, unknown> };
}

describe('[API v1] envelopes', () => {
  it('creates an envelope from JSON: 201 with each signer link; the first order is invited', async () => {
    const { res, json } = await create(body());
    expect(res.status, JSON.stringify(json)).toBe(201);
    expect(json).toMatchObject({ id: expect.any(String), status: 'sent' });
    const signers = json.signers as { name: string; status: string; url: string }[];
    expect(signers.map((x) => [x.name, x.status])).toEqual([
      ['Maria Souza', 'sent'],
      ['João Lima', 'pending'],
    ]);
    expect(signers[0].url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
    const [e] = await (await getDb()).select().from(envelopes).where(eq(envelopes.id, json.id as string));
    expect(Math.round((e.expiresAt.getTime() - e.createdAt.getTime()) / 86_400_000)).toBe(10);
  });

  it('refuses invalid input with { error: { code, message, fields } }', async () => {
    const { res, json } = await create(body({ documents: [{ name: 'x.pdf', contentBase64: b64(Buffer.from('texto')) }], signers: [{ name: 'Sem Email', delivery: 'email', auth: 'email' }] }));
    expect(res.status).toBe(400);
    expect(json).toEqual({
      error: {
        code: 'INVALID_INPUT',
        message: 'A requisição tem campos inválidos.',
        fields: { 'documents.0.contentBase64': ['Envie um PDF válido em base64.'], 'signers.0.email': ['Informe o e-mail: ele é o canal de envio ou de autenticação.'] },
      },
    });
    const zodErr = await create({ name: '' });
    expect(zodErr.res.status).toBe(400);
    expect((zodErr.json.error as { fields: Record<string, string[]> }).fields.name).toEqual(['Informe o nome do envelope.']);
  });

  it('multipart/form-data: the JSON in "metadata", one PDF per "documents" part, named by its file name', async () => {
    const form = new FormData();
    form.set('metadata', JSON.stringify({ ...body(), documents: [] }));
    form.append('documents', new File([Buffer.from(pdfA)], 'contrato assinado.pdf', { type: 'application/pdf' }));
    form.append('documents', new File([Buffer.from(pdfB)], 'anexo.pdf', { type: 'application/pdf' }));
    const res = await v1.createEnvelope(new Request('http://localhost/api/v1/envelopes', { method: 'POST', headers: { AppKey: s.key }, body: form }));
    const json = (await res.json()) as { id: string };
    expect(res.status, JSON.stringify(json)).toBe(201);
    const docs = await (await getDb()).select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, json.id)).orderBy(asc(envelopeDocuments.position));
    expect(docs.map((d) => [d.name, d.pageCount, d.sha256])).toEqual([
      ['contrato assinado.pdf', 1, sha(pdfA)],
      ['anexo.pdf', 2, sha(pdfB)],
    ]);

    const bad = new FormData();
    bad.append('documents', new File([Buffer.from('não é PDF')], 'x.pdf'));
    const refused = await v1.createEnvelope(new Request('http://localhost/api/v1/envelopes', { method: 'POST', headers: { AppKey: s.key }, body: bad }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Envie a parte "metadata" com o JSON do envelope.');
    const notPdf = new FormData();
    notPdf.set('metadata', JSON.stringify({ ...body(), documents: [] }));
    notPdf.append('documents', new File([Buffer.from('não é PDF')], 'x.pdf'));
    const r2 = await v1.createEnvelope(new Request('http://localhost/api/v1/envelopes', { method: 'POST', headers: { AppKey: s.key }, body: notPdf }));
    expect(r2.status).toBe(400);
    expect(((await r2.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toEqual({ 'documents[0]': ['Envie um PDF válido.'] });
  });

  it("from a contract template: the caller's variables fill it, its terms come along; unknown variables and other accounts' templates are refused", async () => {
    const setup = await createContractSetup(s.actors.operator);
    const { res, json } = await create(
      body({ documents: [{ templateId: setup.template.id, variables: { 'cliente.nome': 'Maria Modelo', 'contrato.valor': 'R$ 129,90', 'contrato.plano': 'Fibra 1 Giga' } }] }),
    );
    expect(res.status, JSON.stringify(json)).toBe(201);
    const docs = await (await getDb()).select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, json.id as string)).orderBy(asc(envelopeDocuments.position));
    expect(docs.map((d) => [d.name, d.kind])).toEqual([
      [setup.template.name, 'contract'],
      [setup.term.name, 'term'],
    ]);
    const text = run('pdftotext', [tmpFile('modelo.pdf', await getBlobStore().get(docs[0].sha256)), '-']).out;
    expect(text).toContain('Maria Modelo');
    expect(text).toContain('Fibra 1 Giga por R$ 129,90 ao mês');

    const unknown = await create(body({ documents: [{ templateId: setup.template.id, variables: { 'cliente.apelido': 'Mari' } }] }));
    expect(unknown.res.status).toBe(400);
    expect((unknown.json.error as { fields: Record<string, string[]> }).fields['documents.0.variables'][0]).toMatch(/Variáveis desconhecidas: cliente\.apelido/);
    const other = await createApiAccount();
    const foreign = await create(body({ documents: [{ templateId: setup.template.id }] }), {}, other.key);
    expect(foreign.res.status).toBe(400);
    expect((foreign.json.error as { fields: Record<string, string[]> }).fields['documents.0.templateId']).toEqual(['Modelo não encontrado nesta conta.']);
  });

  it('Idempotency-Key: the same request twice creates one envelope; another body with the key is refused', async () => {
    const key = `idem-${crypto.randomUUID()}`;
    const first = await create(body({ name: 'Idempotente' }), { 'Idempotency-Key': key });
    const again = await create(body({ name: 'Idempotente' }), { 'Idempotency-Key': key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json.id).toBe(first.json.id);
    const other = await create(body({ name: 'Outro' }), { 'Idempotency-Key': key });
    expect(other.res.status).toBe(422);
    expect((other.json.error as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('get, links, list with cursor pagination and filters', async () => {
    const acct = await createApiAccount();
    const ids: string[] = [];
    for (const n of ['Alfa', 'Beta', 'Gama']) ids.push((await create(body({ name: `Contrato ${n}` }), {}, acct.key)).json.id as string);
    const got = await v1.getEnvelope(apiRequest(`/api/v1/envelopes/${ids[0]}`, { key: acct.key }), params({ id: ids[0] }));
    expect(await got.json()).toMatchObject({ id: ids[0], name: 'Contrato Alfa', documents: [{ name: 'contrato.pdf', pages: 1, sealed: false }], signers: [{ name: 'Maria Souza', order: 1 }, { name: 'João Lima', order: 2 }] });
    const links = (await (await v1.signerLinks(apiRequest('/x', { key: acct.key }), params({ id: ids[0] }))).json()) as { data: { url: string }[] };
    expect(links.data).toHaveLength(2);

    const page1 = (await (await v1.listEnvelopes(apiRequest('/api/v1/envelopes?limit=2', { key: acct.key }))).json()) as { data: { id: string }[]; nextCursor: string };
    expect(page1.data.map((d) => d.id)).toEqual([ids[2], ids[1]]);
    const page2 = (await (await v1.listEnvelopes(apiRequest(`/api/v1/envelopes?limit=2&cursor=${page1.nextCursor}`, { key: acct.key }))).json()) as { data: { id: string }[]; nextCursor: string | null };
    expect(page2).toEqual({ data: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const filtered = (await (await v1.listEnvelopes(apiRequest('/api/v1/envelopes?q=beta&status=sent', { key: acct.key }))).json()) as { data: { name: string }[] };
    expect(filtered.data.map((d) => d.name)).toEqual(['Contrato Beta']);
    // Another account sees nothing of these.
    const foreign = await v1.getEnvelope(apiRequest('/x', { key: s.key }), params({ id: ids[0] }));
    expect(foreign.status).toBe(404);
  });

  it('cancel: once, then refused; resend only to a pending signer', async () => {
    const { json } = await create(body());
    const id = json.id as string;
    const [maria] = json.signers as { id: string }[];
    const resent = await v1.resendToSigner(apiRequest('/x', { method: 'POST', key: s.key, body: {} }), params({ id, signerId: maria.id }));
    expect(await resent.json()).toEqual({ resent: true });
    const cancel = await v1.cancelEnvelope(apiRequest('/x', { method: 'POST', key: s.key, body: { reason: 'proposta desistida' } }), params({ id }));
    expect(await cancel.json()).toEqual({ id, status: 'cancelled' });
    const twice = await v1.cancelEnvelope(apiRequest('/x', { method: 'POST', key: s.key, body: {} }), params({ id }));
    expect(twice.status).toBe(409);
    const late = await v1.resendToSigner(apiRequest('/x', { method: 'POST', key: s.key, body: {} }), params({ id, signerId: maria.id }));
    expect(((await late.json()) as { error: { message: string } }).error.message).toBe('O envelope não está aguardando assinaturas.');
  });

  it('download: one PDF as is, several as a ZIP, sealed 409 until sealing fills it in, evidence with a verified chain', async () => {
    const one = (await create(body())).json.id as string;
    const pdf = await v1.download(apiRequest(`/x?type=original`, { key: s.key }), params({ id: one }));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(Buffer.from(pdfA));

    const two = (await create(body({ documents: [{ name: 'contrato.pdf', contentBase64: b64(pdfA) }, { name: 'anexo', contentBase64: b64(pdfB) }] }))).json.id as string;
    const zip = await v1.download(apiRequest(`/x`, { key: s.key }), params({ id: two }));
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(bytes.includes(Buffer.from('anexo.pdf'))).toBe(true);

    const sealed = await v1.download(apiRequest(`/x?type=sealed`, { key: s.key }), params({ id: one }));
    expect(sealed.status).toBe(409);
    expect(((await sealed.json()) as { error: { message: string } }).error.message).toContain('ainda não foi concluído');
    // Once the sealing step has stored a sealed PDF, that is what comes back.
    const db = await getDb();
    const [doc] = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, one));
    await db.update(envelopeDocuments).set({ sealedSha256: doc.sha256 }).where(eq(envelopeDocuments.id, doc.id));
    const ok = await v1.download(apiRequest(`/x?type=sealed`, { key: s.key }), params({ id: one }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain('-assinado.pdf');

    const ev = await v1.download(apiRequest(`/x?type=evidence`, { key: s.key }), params({ id: one }));
    const evidence = (await ev.json()) as { chain: { ok: boolean }; events: { type: string }[] };
    expect(evidence.chain.ok).toBe(true);
    expect(evidence.events.map((e) => e.type)).toContain('envelope.created');
    // Each file handed over through the API is on the trail, with the key that took it.
    const downloads = (evidence.events as { type: string; actorType?: string; actorId?: string; payload?: { via?: string; documents?: { version: string }[] } }[]).filter((e) => e.type === 'document.downloaded');
    expect(downloads.map((e) => [e.actorType, e.payload?.via, e.payload?.documents?.[0].version])).toEqual([
      ['api', 'api', 'original'],
      ['api', 'api', 'sealed'],
    ]);
  });

  it('scopes: a read-only key cannot create; a key without webhooks cannot list webhooks', async () => {
    const ro = await createApiAccount({ scopes: ['envelopes:read'] });
    const { res, json } = await create(body(), {}, ro.key);
    expect(res.status).toBe(403);
    expect(json).toEqual({ error: { code: 'FORBIDDEN', message: 'Esta chave de API não tem a permissão "envelopes:write".' } });
    expect((await v1.listWebhooks(apiRequest('/x', { key: ro.key }))).status).toBe(403);
    expect((await v1.listEnvelopes(apiRequest('/x', { key: null }))).status).toBe(401);
  });

  it('webhooks through the API: create (secret returned once), list, delete', async () => {
    const created = await v1.createWebhook(apiRequest('/x', { method: 'POST', key: s.key, body: { url: 'https://erp.exemplo.com.br/hook', events: ['envelope.completed'] } }));
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: string; secret: string };
    expect(hook.secret).toMatch(/^whsec_/);
    const list = (await (await v1.listWebhooks(apiRequest('/x', { key: s.key }))).json()) as { data: { id: string; secret?: string }[] };
    expect(list.data.find((w) => w.id === hook.id)).toBeDefined();
    expect(JSON.stringify(list)).not.toContain(hook.secret);
    const refused = await v1.createWebhook(apiRequest('/x', { method: 'POST', key: s.key, body: { url: 'http://169.254.169.254/latest' } }));
    expect(((await refused.json()) as { error: { fields: Record<string, string[]> } }).error.fields.url[0]).toContain('rede interna');
    expect((await v1.deleteWebhook(apiRequest('/x', { method: 'DELETE', key: s.key }), params({ id: hook.id }))).status).toBe(204);
  });

  it('the copy recipient and requirements are stored', async () => {
    const { json } = await create(body({ signers: [{ name: 'Ana', email: 'ana@exemplo.com.br', requirements: { selfie: true, idDocument: true } }, { name: 'Cópia', email: 'c@exemplo.com.br', action: 'copy' }] }));
    const people = await (await getDb()).select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, json.id as string));
    expect(people.map((p) => [p.name, p.action, p.requireSelfie, p.requireIdDocument, p.authMethod])).toEqual([
      ['Ana', 'sign', true, true, 'email'],
      ['Cópia', 'copy', false, false, 'none'],
    ]);
  });
});

describe('[API v1] customers and contracts', () => {
  it('an ERP pushes a customer and a contract; the contract on a built-in integration sends its envelope', async () => {
    const acct = await createApiAccount();
    const setup = await createContractSetup(acct.actors.operator);
    const cust = await v1.createCustomer(
      apiRequest('/api/v1/customers', { method: 'POST', key: acct.key, body: { kind: 'person', name: 'Beatriz Nogueira', taxId: '529.982.247-25', emails: ['beatriz@exemplo.com.br'], phone: '(21) 99876-5432' } }),
    );
    expect(cust.status, await cust.clone().text()).toBe(201);
    const customer = (await cust.json()) as { id: string; name: string; taxId: string };
    expect(customer).toMatchObject({ name: 'Beatriz Nogueira', taxId: '52998224725' });

    const dup = await v1.createCustomer(apiRequest('/x', { method: 'POST', key: acct.key, body: { kind: 'person', name: 'Outra', taxId: '52998224725', emails: 'b@exemplo.com.br' } }));
    expect(dup.status).toBe(409);
    const bad = await v1.createCustomer(apiRequest('/x', { method: 'POST', key: acct.key, body: { kind: 'person', name: 'X Y', taxId: '111', emails: [] } }));
    expect(((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields.taxId).toEqual(['CPF inválido: confira os 11 dígitos.']);

    const res = await v1.createContract(
      apiRequest('/api/v1/contracts', { method: 'POST', key: acct.key, body: { customerId: customer.id, branchId: setup.branch.id, templateId: setup.template.id, planName: 'Fibra 500', price: 9990, dueDay: 10 } }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const created = (await res.json()) as { contract: { id: string; number: string; status: string; priceCents: number }; envelope: { created: boolean; envelopeId?: string } };
    expect(created.contract).toMatchObject({ status: 'awaiting_signature', priceCents: 9990 });
    expect(created.envelope.created).toBe(true);

    const got = await v1.getContract(apiRequest('/x', { key: acct.key }), params({ id: created.contract.id }));
    expect(((await got.json()) as { number: string }).number).toBe(created.contract.number);
    const list = (await (await v1.listContracts(apiRequest('/api/v1/contracts?status=awaiting_signature', { key: acct.key }))).json()) as { data: { id: string }[] };
    expect(list.data.map((c) => c.id)).toContain(created.contract.id);
    const customers = (await (await v1.listCustomers(apiRequest('/api/v1/customers?q=Beatriz', { key: acct.key }))).json()) as { data: { id: string }[] };
    expect(customers.data.map((c) => c.id)).toEqual([customer.id]);
    expect((await v1.getCustomer(apiRequest('/x', { key: s.key }), params({ id: customer.id }))).status).toBe(404);
  });
});
