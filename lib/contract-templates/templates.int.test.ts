import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contractTerms, contracts, customers, documentTypes } from '../db/schema';
import { PAGE_BREAK_MARKER } from '../documents/parse-template';
import { AppError } from '../errors';
import { createFsBlobStore } from '../storage/fs-blob-store';
import { getBlobStore, setBlobStore } from '../storage/get-blob-store';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createTemplate } from './create-template';
import { deleteTemplate } from './delete-template';
import { getTemplate } from './get-template';
import { listDocumentTypes } from './list-document-types';
import { listTemplates } from './list-templates';
import { listTerms } from './list-terms';
import { renderTemplatePdf } from './render-template-pdf';
import { replaceTemplatePdf } from './replace-template-pdf';
import { createTemplateInput, updateTemplateInput, type CreateTemplateInput } from './schemas';
import { setTemplateTerms } from './set-template-terms';
import { updateTemplate } from './update-template';
import { uploadPdfTemplate } from './upload-pdf-template';

setupTestDb();

let blobDir: string;
beforeAll(() => {
  blobDir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-templates-'));
  setBlobStore(createFsBlobStore(path.join(blobDir, 'blobs')));
});
afterAll(() => {
  setBlobStore(undefined);
  rmSync(blobDir, { recursive: true, force: true });
});

type Outcome = { code: string; userMessage?: string; fields?: Record<string, string[]> };
const failure = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => ({ code: 'ok' }),
    (e) => (e instanceof AppError ? { code: e.code, userMessage: e.userMessage, fields: e.fields } : { code: String(e) }),
  );
const code = async (p: Promise<unknown>) => (await failure(p)).code;

const CONTRACT_TEXT = `# Contrato de prestação de serviços

Contratante: **{{cliente.nome}}**, CPF/CNPJ {{cliente.cpf_cnpj}}, {{cliente.endereco}}.

Plano {{contrato.plano}} por {{contrato.valor}} ({{contrato.valor_extenso}}), início em {{contrato.data_inicio}}, vencimento todo dia {{contrato.dia_vencimento}}.

${PAGE_BREAK_MARKER}

{{filial.nome}} — CNPJ {{filial.cnpj}}. {{responsavel.nome}}. São Paulo, {{data.hoje_extenso}}.`;

const draft = (over: Partial<CreateTemplateInput> = {}): CreateTemplateInput =>
  createTemplateInput.parse({ kind: 'contract', name: 'Contrato de internet', documentTypeId: '', source: CONTRACT_TEXT, ...over });

const term = (actor: Actor, name: string, source = `# ${name}\n\nEu, {{cliente.nome}}, declaro que li o ${name}.`) =>
  createTemplate(actor, draft({ kind: 'term', name, source })).then((r) => r.templateId);

/** A real PDF with `pages` pages, each saying which page it is. */
async function makePdf(pages: number, label = 'Contrato pronto') {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`${label} pagina ${i}`, { x: 50, y: 780, size: 14, font });
  return doc.save();
}
const pdfFile = (bytes: Uint8Array, name = 'contrato.pdf', type = 'application/pdf') => new File([bytes as BlobPart], name, { type });

function pdfText(bytes: Uint8Array) {
  const file = path.join(blobDir, `preview-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

/** A customer, a branch and a contract generated from `templateId`, inserted as the contracts feature will. */
async function seedContract(actor: Actor, templateId: string, number: string) {
  const db = await getDb();
  const [customer] = await db
    .insert(customers)
    .values({ accountId: actor.accountId, kind: 'person', name: `Cliente ${number}`, taxId: `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0'), searchText: number })
    .returning({ id: customers.id });
  const [branch] = await db.insert(branches).values({ accountId: actor.accountId, name: `Filial ${number}` }).returning({ id: branches.id });
  const [contract] = await db
    .insert(contracts)
    .values({ accountId: actor.accountId, number, customerId: customer.id, branchId: branch.id, templateId })
    .returning({ id: contracts.id });
  return contract.id;
}

describe('[TEMPLATES] text templates and terms', () => {
  it('an operator writes a contract template with variables; unknown variables are refused naming them', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.operator, draft());
    expect(await getTemplate(actors.viewer, templateId)).toMatchObject({
      kind: 'contract',
      format: 'markdown',
      name: 'Contrato de internet',
      source: CONTRACT_TEXT,
      active: true,
      terms: [],
    });

    // The schema refuses first; the use-case refuses on its own too (scripts, API, imports).
    const parsed = createTemplateInput.safeParse({ kind: 'contract', name: 'Outro', source: 'Olá {{cliente.nomee}}' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['Variável desconhecida: {{cliente.nomee}}']);
    expect(await failure(createTemplate(actors.operator, { kind: 'contract', name: 'Outro', documentTypeId: null, source: 'Olá {{cliente.nomee}}' }))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { source: ['Variável desconhecida: {{cliente.nomee}}'] },
    });
    const edit = { templateId, name: 'Contrato de internet', documentTypeId: null, active: true };
    expect(
      await failure(updateTemplate(actors.operator, { ...edit, source: 'Desconto de {{contrato.desconto}} para {{cliente.apelido}}' })),
    ).toMatchObject({ code: 'INVALID_INPUT', fields: { source: ['Variáveis desconhecidas: {{contrato.desconto}} e {{cliente.apelido}}'] } });
    expect((await getTemplate(actors.operator, templateId)).source).toBe(CONTRACT_TEXT);

    await updateTemplate(actors.operator, updateTemplateInput.parse({ ...edit, name: 'Contrato fibra', active: false, source: 'Olá {{cliente.nome}}' }));
    expect(await getTemplate(actors.operator, templateId)).toMatchObject({ name: 'Contrato fibra', active: false, source: 'Olá {{cliente.nome}}' });
  });

  it('refuses "/" in a name, and a repeated name within the same kind (on the name field)', async () => {
    const { actors } = await createAccount();
    expect(await failure(createTemplate(actors.admin, { ...draft(), name: 'Contrato 2025/2026' }))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { name: ['O nome não pode conter “/”: ele também é o nome do arquivo PDF.'] },
    });
    const { templateId } = await createTemplate(actors.admin, draft({ name: 'Padrão' }));
    expect(await failure(updateTemplate(actors.admin, { templateId, name: 'A/B', documentTypeId: null, active: true }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await failure(createTemplate(actors.admin, draft({ name: 'Padrão' })))).toMatchObject({
      code: 'CONFLICT',
      fields: { name: ['Já existe um modelo de contrato com este nome.'] },
    });
    // A term may share a contract template's name.
    await term(actors.admin, 'Padrão');
    expect(await failure(term(actors.admin, 'Padrão'))).toMatchObject({ code: 'CONFLICT', fields: { name: ['Já existe um termo com este nome.'] } });
  });

  it('lists by kind, searches by name, pages, and offers the account’s document types', async () => {
    const { account, actors } = await createAccount();
    const db = await getDb();
    const [dt] = await db.insert(documentTypes).values({ accountId: account.id, name: 'Contrato de adesão' }).returning({ id: documentTypes.id });
    const { templateId } = await createTemplate(actors.operator, draft({ name: 'Fibra residencial', documentTypeId: dt.id }));
    await createTemplate(actors.operator, draft({ name: 'Fibra empresarial' }));
    await term(actors.operator, 'Termo de fidelidade');
    await setTemplateTerms(actors.operator, { templateId, termIds: [(await listTerms(actors.operator))[0].id] });

    expect((await listTemplates(actors.viewer)).rows.map((r) => r.name)).toEqual(['Fibra empresarial', 'Fibra residencial', 'Termo de fidelidade']);
    expect((await listTemplates(actors.viewer, { kind: 'term' })).rows.map((r) => r.name)).toEqual(['Termo de fidelidade']);
    const found = await listTemplates(actors.viewer, { kind: 'contract', q: 'resid' });
    expect(found.rows).toMatchObject([{ name: 'Fibra residencial', documentTypeName: 'Contrato de adesão', termCount: 1, format: 'markdown' }]);
    expect((await listTemplates(actors.viewer, { q: '100%' })).rows).toEqual([]);
    expect(await listDocumentTypes(actors.viewer)).toEqual([{ id: dt.id, name: 'Contrato de adesão' }]);

    for (let i = 0; i < 25; i++) await term(actors.operator, `Termo ${String(i).padStart(2, '0')}`);
    const first = await listTemplates(actors.viewer, { kind: 'term' });
    expect([first.rows.length, first.hasMore]).toEqual([25, true]);
    const second = await listTemplates(actors.viewer, { kind: 'term', page: 2 });
    expect([second.rows.length, second.hasMore]).toEqual([1, false]);
  });
});

describe('[TEMPLATES] terms carried by a contract template', () => {
  it('keeps the chosen order; only terms of the same account, and only terms', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { templateId } = await createTemplate(a.actors.operator, draft());
    const lgpd = await term(a.actors.operator, 'Termo LGPD');
    const fidelidade = await term(a.actors.operator, 'Termo de fidelidade');
    const foreign = await term(b.actors.operator, 'Termo de B');
    const { templateId: otherContract } = await createTemplate(a.actors.operator, draft({ name: 'Outro contrato' }));

    await setTemplateTerms(a.actors.operator, { templateId, termIds: [fidelidade, lgpd] });
    expect((await getTemplate(a.actors.viewer, templateId)).terms.map((t) => t.name)).toEqual(['Termo de fidelidade', 'Termo LGPD']);
    await setTemplateTerms(a.actors.operator, { templateId, termIds: [lgpd, fidelidade] });
    expect((await getTemplate(a.actors.viewer, templateId)).terms.map((t) => t.name)).toEqual(['Termo LGPD', 'Termo de fidelidade']);

    expect(await failure(setTemplateTerms(a.actors.operator, { templateId, termIds: [lgpd, foreign] }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { termIds: ['Termo não encontrado nesta conta.'] },
    });
    expect(await failure(setTemplateTerms(a.actors.operator, { templateId, termIds: [otherContract] }))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { termIds: ['Outro contrato é um modelo de contrato, não um termo.'] },
    });
    expect(await code(setTemplateTerms(a.actors.operator, { templateId: lgpd, termIds: [fidelidade] }))).toBe('INVALID_STATE');
    expect(await code(setTemplateTerms(b.actors.admin, { templateId, termIds: [foreign] }))).toBe('NOT_FOUND');
    expect(await code(setTemplateTerms(a.actors.viewer, { templateId, termIds: [] }))).toBe('FORBIDDEN');
    // Refusals changed nothing.
    expect((await getTemplate(a.actors.viewer, templateId)).terms.map((t) => t.name)).toEqual(['Termo LGPD', 'Termo de fidelidade']);

    await setTemplateTerms(a.actors.operator, { templateId, termIds: [] });
    expect((await getTemplate(a.actors.viewer, templateId)).terms).toEqual([]);
  });
});

describe('[TEMPLATES] uploaded PDF templates', () => {
  it('stores a real PDF by content with its page count; the blob reads back intact', async () => {
    const { actors } = await createAccount();
    const bytes = await makePdf(3);
    const { templateId, pageCount: pages } = await uploadPdfTemplate(actors.operator, {
      kind: 'contract',
      name: 'Contrato assinado pelo jurídico',
      documentTypeId: null,
      // The browser's declared type does not matter: the bytes do.
      file: pdfFile(bytes, 'juridico.PDF', 'application/octet-stream'),
    });
    expect(pages).toBe(3);
    const saved = await getTemplate(actors.viewer, templateId);
    expect(saved).toMatchObject({ format: 'pdf', source: null, pdfPageCount: 3 });
    expect(saved.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new Uint8Array(await getBlobStore().get(saved.pdfSha256!))).toEqual(bytes);

    // Its text cannot be edited, but it can be renamed, and its PDF replaced.
    expect(await code(updateTemplate(actors.operator, { templateId, name: 'X', documentTypeId: null, active: true, source: 'Olá' }))).toBe('INVALID_STATE');
    await updateTemplate(actors.operator, { templateId, name: 'Contrato do jurídico', documentTypeId: null, active: true });
    const v2 = await makePdf(5, 'Versao 2');
    await replaceTemplatePdf(actors.operator, { templateId, file: pdfFile(v2) });
    const replaced = await getTemplate(actors.viewer, templateId);
    expect(replaced).toMatchObject({ name: 'Contrato do jurídico', pdfPageCount: 5 });
    expect(new Uint8Array(await getBlobStore().get(replaced.pdfSha256!))).toEqual(v2);
    const { templateId: text } = await createTemplate(actors.operator, draft({ name: 'Texto' }));
    expect(await code(replaceTemplatePdf(actors.operator, { templateId: text, file: pdfFile(v2) }))).toBe('INVALID_STATE');
  });

  it('refuses a file that is not a PDF by its content, whatever its name and type say', async () => {
    const { actors } = await createAccount();
    const upload = (bytes: Uint8Array | string, name = 'contrato.pdf') =>
      failure(
        uploadPdfTemplate(actors.operator, {
          kind: 'term',
          name: 'Termo',
          documentTypeId: null,
          file: pdfFile(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name),
        }),
      );
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await upload(png)).toMatchObject({ code: 'INVALID_INPUT', fields: { file: ['O arquivo não é um PDF. Envie o documento em PDF.'] } });
    expect(await upload('Contrato em texto, não em PDF')).toMatchObject({ fields: { file: ['O arquivo não é um PDF. Envie o documento em PDF.'] } });
    expect(await upload('%PDF-1.7\nisto não é um PDF de verdade')).toMatchObject({
      fields: { file: ['Não foi possível ler o PDF: o arquivo parece danificado.'] },
    });
    expect(await upload(new Uint8Array(0))).toMatchObject({ fields: { file: ['Escolha um arquivo PDF.'] } });
    expect((await listTemplates(actors.operator)).rows).toEqual([]);
  });
});

describe('[TEMPLATES] preview PDF', () => {
  it('fills a text template and its terms with the sample customer', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.operator, draft());
    const lgpd = await term(actors.operator, 'Termo LGPD');
    await setTemplateTerms(actors.operator, { templateId, termIds: [lgpd] });
    const { bytes, fileName } = await renderTemplatePdf(actors.viewer, templateId);
    expect(fileName).toBe('Contrato de internet.pdf');
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Maria da Conceição Araújo');
    expect(text).toContain('123.456.789-09');
    expect(text).toContain('R$ 1.234,56');
    expect(text).toContain('Eu, Maria da Conceição Araújo, declaro que li o Termo LGPD.');
    expect(text).not.toContain('{{');
    // Contract body (2 pages, split by the page break) + the term on its own page.
    expect(await pageCount(bytes)).toBe(3);
  });

  it('an uploaded PDF previews as stored; with text terms the parts are joined in order', async () => {
    const { actors } = await createAccount();
    const stored = await makePdf(2);
    const { templateId } = await uploadPdfTemplate(actors.operator, { kind: 'contract', name: 'Pronto', documentTypeId: null, file: pdfFile(stored) });
    expect(new Uint8Array((await renderTemplatePdf(actors.viewer, templateId)).bytes)).toEqual(stored);

    const lgpd = await term(actors.operator, 'Termo LGPD');
    const { templateId: pdfTerm } = await uploadPdfTemplate(actors.operator, { kind: 'term', name: 'Anexo', documentTypeId: null, file: pdfFile(await makePdf(1, 'Anexo')) });
    await setTemplateTerms(actors.operator, { templateId, termIds: [lgpd, pdfTerm] });
    const merged = (await renderTemplatePdf(actors.viewer, templateId)).bytes;
    expect(await pageCount(merged)).toBe(4);
    const text = pdfText(merged);
    expect(text.indexOf('Contrato pronto pagina 2')).toBeLessThan(text.indexOf('Maria da Conceição Araújo'));
    expect(text.indexOf('Maria da Conceição Araújo')).toBeLessThan(text.indexOf('Anexo pagina 1'));
  });
});

describe('[TEMPLATES] delete', () => {
  it('is refused while a contract uses the template or a template carries the term, naming them', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.operator, draft());
    const lgpd = await term(actors.operator, 'Termo LGPD');
    await setTemplateTerms(actors.operator, { templateId, termIds: [lgpd] });
    expect(await failure(deleteTemplate(actors.operator, { templateId: lgpd }))).toMatchObject({
      code: 'CONFLICT',
      userMessage: 'O termo Termo LGPD faz parte do modelo de contrato Contrato de internet. Retire-o desse modelo antes de excluir.',
    });

    const contractId = await seedContract(actors.operator, templateId, '2026/000001');
    await seedContract(actors.operator, templateId, '2026/000002');
    expect(await failure(deleteTemplate(actors.operator, { templateId }))).toMatchObject({
      code: 'CONFLICT',
      userMessage:
        'O modelo de contrato Contrato de internet é usado pelos contratos 2026/000001 e 2026/000002. Desative-o para que não seja mais escolhido.',
    });

    // A term attached to a contract that was already generated.
    await setTemplateTerms(actors.operator, { templateId, termIds: [] });
    const db = await getDb();
    await db.insert(contractTerms).values({ accountId: actors.operator.accountId, contractId, termTemplateId: lgpd });
    expect((await failure(deleteTemplate(actors.operator, { templateId: lgpd }))).userMessage).toBe(
      'O termo Termo LGPD é usado pelo contrato 2026/000001. Desative-o para que não seja mais escolhido.',
    );

    const unused = await term(actors.operator, 'Termo sem uso');
    await deleteTemplate(actors.operator, { templateId: unused });
    expect(await code(getTemplate(actors.operator, unused))).toBe('NOT_FOUND');
  });
});

describe('[TEMPLATES] permissions, tenancy and the activity log', () => {
  it('viewers read and preview; operators and above create, edit and delete', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.operator, draft());
    expect(await code(createTemplate(actors.viewer, draft({ name: 'X' })))).toBe('FORBIDDEN');
    expect(await code(updateTemplate(actors.viewer, { templateId, name: 'X', documentTypeId: null, active: true }))).toBe('FORBIDDEN');
    expect(await code(deleteTemplate(actors.viewer, { templateId }))).toBe('FORBIDDEN');
    expect(await code(uploadPdfTemplate(actors.viewer, { kind: 'term', name: 'X', documentTypeId: null, file: pdfFile(await makePdf(1)) }))).toBe('FORBIDDEN');
    expect(await code(getTemplate(actors.viewer, templateId))).toBe('ok');
    expect(await code(renderTemplatePdf(actors.viewer, templateId))).toBe('ok');
    for (const role of ['admin', 'owner'] as const) {
      const { templateId: id } = await createTemplate(actors[role], draft({ name: `De ${role}` }));
      await deleteTemplate(actors[role], { templateId: id });
    }
  });

  it('another account’s templates, terms and document types are "not found"', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const db = await getDb();
    const [foreignType] = await db.insert(documentTypes).values({ accountId: b.account.id, name: 'De B' }).returning({ id: documentTypes.id });
    const { templateId } = await createTemplate(b.actors.operator, draft({ name: 'De B' }));
    const { templateId: pdf } = await uploadPdfTemplate(b.actors.operator, { kind: 'term', name: 'PDF de B', documentTypeId: null, file: pdfFile(await makePdf(1)) });

    expect(await code(getTemplate(a.actors.owner, templateId))).toBe('NOT_FOUND');
    expect(await code(updateTemplate(a.actors.owner, { templateId, name: 'Invadido', documentTypeId: null, active: true }))).toBe('NOT_FOUND');
    expect(await code(deleteTemplate(a.actors.owner, { templateId }))).toBe('NOT_FOUND');
    expect(await code(renderTemplatePdf(a.actors.owner, templateId))).toBe('NOT_FOUND');
    expect(await code(replaceTemplatePdf(a.actors.owner, { templateId: pdf, file: pdfFile(await makePdf(1)) }))).toBe('NOT_FOUND');
    expect((await listTemplates(a.actors.owner)).rows).toEqual([]);
    expect(await listTerms(a.actors.owner)).toEqual([]);
    expect(await listDocumentTypes(a.actors.owner)).toEqual([]);
    expect(await failure(createTemplate(a.actors.owner, draft({ documentTypeId: foreignType.id })))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { documentTypeId: ['Tipo de documento não encontrado nesta conta.'] },
    });
    expect((await getTemplate(b.actors.viewer, templateId)).name).toBe('De B');
  });

  it('logs every change as Modelo or Termo, in the same account', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.operator, draft());
    const lgpd = await term(actors.operator, 'Termo LGPD');
    await setTemplateTerms(actors.operator, { templateId, termIds: [lgpd] });
    await updateTemplate(actors.operator, { templateId, name: 'Contrato fibra', documentTypeId: null, active: false });
    const { templateId: pdf } = await uploadPdfTemplate(actors.operator, { kind: 'term', name: 'Anexo', documentTypeId: null, file: pdfFile(await makePdf(2)) });
    await replaceTemplatePdf(actors.operator, { templateId: pdf, file: pdfFile(await makePdf(1, 'v2')) });
    await setTemplateTerms(actors.operator, { templateId, termIds: [] });
    await deleteTemplate(actors.operator, { templateId: lgpd });

    const models = await listActivity(actors.admin, { entityType: 'contract_template' });
    expect(models.rows.map((r) => r.summary).reverse()).toEqual([
      'Criou o modelo de contrato Contrato de internet',
      'Definiu os termos do modelo de contrato Contrato de internet: Termo LGPD',
      'Alterou o modelo de contrato Contrato fibra (antes Contrato de internet): desativado',
      'Retirou todos os termos do modelo de contrato Contrato fibra',
    ]);
    const terms = await listActivity(actors.admin, { entityType: 'term' });
    expect(terms.rows.map((r) => r.summary).reverse()).toEqual([
      'Criou o termo Termo LGPD',
      'Criou o termo Anexo a partir de um PDF (2 páginas)',
      'Substituiu o PDF do termo Anexo (1 página)',
      'Excluiu o termo Termo LGPD',
    ]);
    expect(models.rows.every((r) => r.actorEmail === actors.operator.email && r.ip === '203.0.113.10')).toBe(true);
  });
});
