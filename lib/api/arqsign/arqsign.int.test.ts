import { asc, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { accountPlans, envelopeApiDetails, envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes, jobs, messages, users } from '../../db/schema';
import { useTemporaryBlobStore } from '../../testing/contract-factories';
import { setupTestDb } from '../../testing/db';
import { apiRequest, b64, createApiAccount, makePdf } from '../testing/api-fixtures';
import { handleBuscarProcesso, handleEnviarProcesso } from './handle';
import { openMessageContent } from '../../notify/message-content';
import { renderTemplate } from '../../notification-templates/variables';

setupTestDb();

type Setup = Awaited<ReturnType<typeof createApiAccount>>;
let s: Setup;
let pdf1: string;
let pdf3: string;

beforeAll(async () => {
  useTemporaryBlobStore();
  s = await createApiAccount();
  // WhatsApp / SMS sends need prepaid credits (lib/billing); the refusal has its own test.
  await (await getDb()).insert(accountPlans).values({ accountId: s.account.id, whatsappCredits: 50, smsCredits: 50 });
  pdf1 = b64(await makePdf());
  pdf3 = b64(await makePdf({ pages: 3 }));
});

const signer = (over: Record<string, unknown> = {}, online: Record<string, unknown> = {}) => ({
  idTipoAcao: 1,
  ordemAssinatura: 1,
  nome: 'Maria da Silva',
  email: 'maria@exemplo.com.br',
  assinarOnline: {
    assinarComo: 1,
    idTipoAssinatura: 1,
    assinaturaEletronica: { obrigarSignatarioInformarNome: 1, obrigarSignatarioInformarNumeroDocumento: 0, tipoDocumentoAInformar: 1 },
    ...online,
  },
  ...over,
});

function processo(over: Record<string, unknown> = {}) {
  return {
    idResponsavel: s.actors.operator.actorId,
    nomeProcesso: 'Contrato de prestação de serviços',
    idPasta: s.folder.id,
    usarOrdemAssinatura: 1,
    usarPosicaoAssinaturaAutomatica: 1,
    destinatarios: [signer()],
    documentos: [{ ordemDocumento: 1, nomeComExtensao: 'contrato.pdf', arquivo: pdf1 }],
    ...over,
  };
}

async function send(body: unknown, opts: { key?: string | null; raw?: string } = {}) {
  const res = await handleEnviarProcesso(
    apiRequest('/api/v2/processo/enviar-documento-para-assinar', { key: opts.key === undefined ? s.key : opts.key, body: opts.raw === undefined ? body : undefined, rawBody: opts.raw, method: 'POST' }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { mensagem?: string; erros?: string[] } };
}

async function refused(body: unknown, status: number, mensagem: string) {
  const res = await send(body);
  expect(res.body.mensagem ?? res.body, JSON.stringify(res.body)).toBe(mensagem);
  expect(res.status).toBe(status);
  return res;
}

describe('[ARQSIGN] valid processes', () => {
  it('one signer, one PDF, automatic position: 200 with the process id and the document ids, and a sent envelope', async () => {
    const res = await send(processo());
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['IdProcesso', 'documentos']);
    const docs = res.body.documentos as { id: string; nome: string }[];
    expect(docs).toEqual([{ id: expect.any(String), nome: 'contrato.pdf' }]);
    const db = await getDb();
    const [e] = await db.select().from(envelopes).where(eq(envelopes.id, res.body.IdProcesso as string));
    expect(e).toMatchObject({ status: 'sent', origin: 'api', name: 'Contrato de prestação de serviços', createdBy: s.actors.operator.actorId, signingOrdered: true });
    const [details] = await db.select().from(envelopeApiDetails).where(eq(envelopeApiDetails.envelopeId, e.id));
    expect(details).toMatchObject({ folderId: s.folder.id, apiKeyId: s.keyId, dialect: 'arqsign' });
    const [created] = await db.select().from(envelopeEvents).where(eq(envelopeEvents.envelopeId, e.id)).limit(1);
    expect(created).toMatchObject({ type: 'envelope.created', actorType: 'api', actorId: s.keyId });
    const [doc] = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.id, docs[0].id));
    expect(doc).toMatchObject({ kind: 'upload', pageCount: 1 });
  });

  it('several documents in the order of ordemDocumento, several signers in order, a copy recipient, WhatsApp, access code and manual positions', async () => {
    const res = await send(
      processo({
        usarPosicaoAssinaturaAutomatica: 0,
        configuracoesAvancadas: { tempoExpiracaoDocumentoDias: 30, obrigarLeitura: 1, gerarQrCode: 0, avisoAntesExpiracaoDocumentoDias: null, frequenciaLembretesDias: 0 },
        mensagemPadrao: { titulo: 'Seu contrato', texto: 'Assine, por favor.' },
        destinatarios: [
          signer(
            {},
            {
              assinarComo: 3,
              papelPessoaFisica: ['Contratante'],
              papelPessoaJuridica: ['contratante'],
              seguranca: { codigoSeguranca: '1234', idMeioEnvio: 3, codigoSegurancaEmail: 'maria@exemplo.com.br' },
              assinaturaEletronica: {
                obrigarSignatarioInformarNome: 1,
                obrigarSignatarioInformarNumeroDocumento: 1,
                tipoDocumentoAInformar: 4,
                configuracaoDocumentoOutro: { nomeDocumento: 'Matrícula', formatoDadosDocumento: 2, qtdeCaracteresDocumento: 8 },
                obrigarSignatarioInformarNomeEmpresa: 1,
                obrigarSignatarioInformarNumeroDocumentoEmpresa: 1,
                tipoDocumentoEmpresaAInformar: 5,
              },
              anexos: [{ anexoDocumentoNome: 'Comprovante de residência', anexoObrigatorio: 1, anexoExibirTodosDestinatarios: 0 }],
              definirPosicaoAssinaturaManual: [
                { documentoDeOrdem: 1, pessoaFisica: { pagina: 1, altura: 20, largura: 60, posicaoX: 10, posicaoY: 250 }, pessoaJuridica: { pagina: 1, altura: 20, largura: 60, posicaoX: 100, posicaoY: 250 } },
                { documentoDeOrdem: 2, pessoaFisica: { pagina: 3, altura: 20, largura: 60, posicaoX: 10, posicaoY: 10 }, pessoaJuridica: { pagina: 3, altura: 20, largura: 60, posicaoX: 100, posicaoY: 10 } },
              ],
            },
          ),
          signer(
            { ordemAssinatura: 2, nome: 'João Souza', email: undefined, telefone: '(11) 98765-4321' },
            {
              assinaturaEletronica: { obrigarSignatarioInformarNome: 0, obrigarSignatarioInformarNumeroDocumento: 0, tipoDocumentoAInformar: 1 },
              definirPosicaoAssinaturaManual: [
                { documentoDeOrdem: 1, pessoaFisica: { pagina: 1, altura: 20, largura: 60, posicaoX: 10, posicaoY: 200 } },
                { documentoDeOrdem: 2, pessoaFisica: { pagina: 2, altura: 20, largura: 60, posicaoX: 10, posicaoY: 200 } },
              ],
            },
          ),
          { idTipoAcao: 2, nome: 'Financeiro', email: 'financeiro@exemplo.com.br', ordemAssinatura: 9 },
        ],
        documentos: [
          { ordemDocumento: 2, nomeComExtensao: 'anexo.pdf', arquivo: pdf3 },
          { ordemDocumento: 1, nomeComExtensao: 'contrato.pdf', arquivo: pdf1 },
        ],
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body.documentos as { nome: string }[]).map((d) => d.nome)).toEqual(['contrato.pdf', 'anexo.pdf']);
    const db = await getDb();
    const id = res.body.IdProcesso as string;
    const [e] = await db.select().from(envelopes).where(eq(envelopes.id, id));
    expect(e.readRequired).toBe(true);
    expect(Math.round((e.expiresAt.getTime() - e.createdAt.getTime()) / 86_400_000)).toBe(30);
    const people = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, id));
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect(byName['Maria da Silva']).toMatchObject({
      action: 'sign',
      signingOrder: 1,
      deliveryChannel: 'email',
      authMethod: 'access_code',
      accessCodeHash: expect.any(String),
      status: 'sent',
      attachmentRequests: [{ id: expect.any(String), name: 'Comprovante de residência', required: true, visibleToAll: false }],
      documentNumberRequest: { type: 'other', label: 'Matrícula', format: 'numeric', length: 8 },
    });
    expect(byName['João Souza']).toMatchObject({ action: 'approve', signingOrder: 2, deliveryChannel: 'whatsapp', phone: '+5511987654321', status: 'pending', attachmentRequests: [], documentNumberRequest: null });
    // Manual positions become each signer's boxes, tied to the documents in ordemDocumento order.
    const docIds = (await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, id)).orderBy(asc(envelopeDocuments.position))).map((d) => d.id);
    expect(byName['Maria da Silva'].signaturePlacements).toEqual([
      { documentId: docIds[0], page: 1, xMm: 10, yMm: 250, widthMm: 60, heightMm: 20, as: 'pf' },
      { documentId: docIds[0], page: 1, xMm: 100, yMm: 250, widthMm: 60, heightMm: 20, as: 'pj' },
      { documentId: docIds[1], page: 3, xMm: 10, yMm: 10, widthMm: 60, heightMm: 20, as: 'pf' },
      { documentId: docIds[1], page: 3, xMm: 100, yMm: 10, widthMm: 60, heightMm: 20, as: 'pj' },
    ]);
    expect(byName['João Souza'].signaturePlacements.map((b) => [b.documentId, b.page, b.yMm, b.as])).toEqual([
      [docIds[0], 1, 200, 'pf'],
      [docIds[1], 2, 200, 'pf'],
    ]);
    expect(byName['Financeiro'].signaturePlacements).toEqual([]);
    // mensagemPadrao: the title is the invitation's subject, the text is in its body (as text, not template).
    const [invite] = await db.select().from(messages).where(eq(messages.recipientId, byName['Maria da Silva'].id));
    const content = openMessageContent(invite.id, invite.contentEnc);
    expect(renderTemplate(content.subject ?? '', content.variables)).toBe('Seu contrato');
    expect(renderTemplate(content.body ?? '', content.variables)).toContain('Assine, por favor.');
    expect(byName['Financeiro']).toMatchObject({ action: 'copy', authMethod: 'none' });
  });

  it('configuracoesAvancadas: reminders, the warning before expiry and the QR code follow the process; 0 or null means the account default', async () => {
    const res = await send(
      processo({ configuracoesAvancadas: { tempoExpiracaoDocumentoDias: 30, avisoAntesExpiracaoDocumentoDias: 5, frequenciaLembretesDias: 7, gerarQrCode: 0, obrigarLeitura: 0 } }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const db = await getDb();
    const id = res.body.IdProcesso as string;
    const [e] = await db.select().from(envelopes).where(eq(envelopes.id, id));
    expect(e).toMatchObject({ reminderEveryDays: 7, warnDaysBeforeExpiry: 5, sealQrCode: false });
    const scheduled = await db.select().from(jobs).where(like(jobs.dedupeKey, `%:${id}%`));
    const day = 86_400_000;
    const at = (type: string) => scheduled.find((j) => j.type === type)?.runAt.getTime();
    expect(Math.round((at('envelopes.remind')! - e.sentAt!.getTime()) / day)).toBe(7);
    expect(Math.round((e.expiresAt.getTime() - at('envelopes.warn-expiry')!) / day)).toBe(5);
    expect(at('envelopes.expire')).toBe(e.expiresAt.getTime());

    const plain = await send(processo({ configuracoesAvancadas: { tempoExpiracaoDocumentoDias: 0, avisoAntesExpiracaoDocumentoDias: 0, frequenciaLembretesDias: null, gerarQrCode: 1, obrigarLeitura: 0 } }));
    const [p] = await db.select().from(envelopes).where(eq(envelopes.id, plain.body.IdProcesso as string));
    expect(p).toMatchObject({ reminderEveryDays: null, warnDaysBeforeExpiry: null, sealQrCode: true });
    const none = await db.select().from(jobs).where(like(jobs.dedupeKey, `%:${p.id}%`));
    expect(none.map((j) => j.type)).toEqual(['envelopes.expire']);
  });

  it('without signing order every signer is order 1 and ordemAssinatura may be left out', async () => {
    const res = await send(processo({ usarOrdemAssinatura: false, destinatarios: [signer({ ordemAssinatura: null }), signer({ ordemAssinatura: 7, nome: 'Ana', email: 'ana@exemplo.com.br' })] }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const people = await (await getDb()).select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, res.body.IdProcesso as string));
    expect(people.map((p) => [p.signingOrder, p.status])).toEqual([
      [1, 'sent'],
      [1, 'sent'],
    ]);
  });

  it('GET /api/v2/processo/{id} answers the status, the signers and the document ids; another account gets "não existe"', async () => {
    const sent = await send(processo());
    const res = await handleBuscarProcesso(apiRequest(`/api/v2/processo/${sent.body.IdProcesso}`, { key: s.key }), sent.body.IdProcesso as string);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      IdProcesso: sent.body.IdProcesso,
      idStatus: 2,
      status: 'Aguardando',
      idPasta: s.folder.id,
      destinatarios: [{ nome: 'Maria da Silva', email: 'maria@exemplo.com.br', idTipoAcao: 1, ordemAssinatura: 1, status: 'Aguardando' }],
      documentos: [{ id: (sent.body.documentos as { id: string }[])[0].id, nome: 'contrato.pdf', ordemDocumento: 1 }],
    });
    const other = await createApiAccount();
    const foreign = await handleBuscarProcesso(apiRequest('/x', { key: other.key }), sent.body.IdProcesso as string);
    expect(foreign.status).toBe(400);
    expect(((await foreign.json()) as { mensagem: string }).mensagem).toBe('O id listado não existe: idProcesso.');
    const bad = await handleBuscarProcesso(apiRequest('/x', { key: s.key }), 'nao-e-guid');
    expect(((await bad.json()) as { mensagem: string }).mensagem).toBe('O item listado está com o formato incorreto: idProcesso.');
  });
});

describe('[ARQSIGN] authentication', () => {
  it('401 without a key, with a wrong key and with a revoked key', async () => {
    for (const key of [null, 'rbk_nao-existe-nao-existe-nao-existe-123']) {
      const res = await send(processo(), { key });
      expect(res.status).toBe(401);
      expect(res.body.mensagem).toBe('A chave de autenticação da API (AppKey) está incorreta ou não foi informada corretamente.');
    }
  });
  it('Authorization: Bearer works as well as AppKey', async () => {
    const res = await handleEnviarProcesso(apiRequest('/x', { method: 'POST', body: processo(), headers: { Authorization: `Bearer ${s.key}` } }));
    expect(res.status).toBe(200);
  });
  it('a key without envelopes:write is refused with 401', async () => {
    const ro = await createApiAccount({ scopes: ['envelopes:read'] });
    const res = await send({ ...processo(), idResponsavel: ro.actors.operator.actorId, idPasta: ro.folder.id }, { key: ro.key });
    expect(res.status).toBe(401);
  });
  it('429 with Retry-After past the key rate limit', async () => {
    const slow = await createApiAccount({ rateLimitPerMinute: 1 });
    const first = await send({}, { key: slow.key });
    expect(first.status).toBe(400);
    const res = await handleEnviarProcesso(apiRequest('/x', { method: 'POST', body: {}, key: slow.key }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('[ARQSIGN] 400: required items, formats, ids, unknown parameters', () => {
  it('lists every missing required item, in the plural', async () => {
    await refused({ nomeProcesso: 'x', destinatarios: [signer()], documentos: [{ ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: pdf1 }] }, 400, 'Os itens listados são obrigatórios: idResponsavel, idPasta, usarOrdemAssinatura, usarPosicaoAssinaturaAutomatica.');
  });
  it('one missing item, in the singular; null and "" count as missing', async () => {
    await refused(processo({ nomeProcesso: null }), 400, 'O item listado é obrigatório: nomeProcesso.');
    await refused(processo({ destinatarios: [signer({ nome: '' })] }), 400, 'O item listado é obrigatório: destinatarios[0].nome.');
  });
  it('at least one document and one recipient', async () => {
    await refused(processo({ documentos: [] }), 400, 'O item listado é obrigatório: documentos.');
    await refused(processo({ destinatarios: [] }), 400, 'O item listado é obrigatório: destinatarios.');
  });
  it('wrong formats: guid, bit, lengths, allowed values, e-mail, phone, base64', async () => {
    await refused(processo({ idPasta: '123', usarOrdemAssinatura: 2 }), 400, 'Os itens listados estão com o formato incorreto: idPasta, usarOrdemAssinatura.');
    await refused(processo({ nomeProcesso: 'x'.repeat(251) }), 400, 'O item listado está com o formato incorreto: nomeProcesso.');
    await refused(processo({ destinatarios: [signer({ idTipoAcao: 3 })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].idTipoAcao.');
    await refused(processo({ destinatarios: [signer({}, { idTipoAssinatura: 2 })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].assinarOnline.idTipoAssinatura.');
    await refused(processo({ destinatarios: [signer({}, { assinarComo: 4 })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].assinarOnline.assinarComo.');
    await refused(processo({ destinatarios: [signer({ email: 'nao-e-email' })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].email.');
    await refused(processo({ destinatarios: [signer({ email: undefined, telefone: '123' })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].telefone.');
    await refused(processo({ configuracoesAvancadas: { tempoExpiracaoDocumentoDias: 1000 } }), 400, 'O item listado está com o formato incorreto: configuracoesAvancadas.tempoExpiracaoDocumentoDias.');
    await refused(processo({ configuracoesAvancadas: { avisoAntesExpiracaoDocumentoDias: 100 } }), 400, 'O item listado está com o formato incorreto: configuracoesAvancadas.avisoAntesExpiracaoDocumentoDias.');
    await refused(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: '12a4', idMeioEnvio: 4 } })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].assinarOnline.seguranca.codigoSeguranca.');
    await refused(processo({ destinatarios: [signer({}, { anexos: [{ anexoDocumentoNome: 'x'.repeat(76), anexoObrigatorio: 1, anexoExibirTodosDestinatarios: 1 }] })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].assinarOnline.anexos[0].anexoDocumentoNome.');
    await refused(processo({ documentos: [{ ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: '%%% não é base64 %%%' }] }), 400, 'O item listado está com o formato incorreto: documentos[0].arquivo.');
  });
  it('ids that do not exist in the account: idResponsavel (also an inactive user) and idPasta', async () => {
    const other = await createApiAccount();
    await refused(processo({ idResponsavel: other.actors.operator.actorId, idPasta: other.folder.id }), 400, 'Os ids listados não existem: idResponsavel, idPasta.');
    const db = await getDb();
    await db.update(users).set({ active: false }).where(eq(users.id, s.actors.admin.actorId));
    await refused(processo({ idResponsavel: s.actors.admin.actorId }), 400, 'O id listado não existe: idResponsavel.');
    await db.update(users).set({ active: true }).where(eq(users.id, s.actors.admin.actorId));
  });
  it('a misspelled or unknown parameter', async () => {
    await refused({ ...processo(), nomeDoProcesso: 'x' }, 400, 'Algum parâmetro está incorreto ou é inexistente.');
    await refused(processo({ destinatarios: [signer({ emial: 'x@y.com' })] }), 400, 'Algum parâmetro está incorreto ou é inexistente.');
  });
  it('e-mail or phone: neither is refused with the reference message', async () => {
    await refused(processo({ destinatarios: [signer({ email: null })] }), 400, 'O parâmetro email ou telefone é obrigatório.');
  });
  it('"talvez" items become required by their condition', async () => {
    await refused(processo({ destinatarios: [signer({ ordemAssinatura: 0 })] }), 400, 'O item listado é obrigatório: destinatarios[0].ordemAssinatura.');
    await refused(processo({ destinatarios: [signer({ assinarOnline: undefined })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.');
    await refused(processo({ destinatarios: [signer({}, { idTipoAssinatura: null })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.idTipoAssinatura.');
    await refused(processo({ destinatarios: [signer({}, { assinaturaEletronica: null })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.assinaturaEletronica.');
    await refused(
      processo({ destinatarios: [signer({}, { assinaturaEletronica: { obrigarSignatarioInformarNome: 1 } })] }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.assinaturaEletronica.obrigarSignatarioInformarNumeroDocumento, destinatarios[0].assinarOnline.assinaturaEletronica.tipoDocumentoAInformar.',
    );
    await refused(
      processo({ destinatarios: [signer({}, { assinaturaEletronica: { obrigarSignatarioInformarNome: 1, obrigarSignatarioInformarNumeroDocumento: 1, tipoDocumentoAInformar: 4, configuracaoDocumentoOutro: { nomeDocumento: 'Matrícula' } } })] }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.assinaturaEletronica.configuracaoDocumentoOutro.formatoDadosDocumento, destinatarios[0].assinarOnline.assinaturaEletronica.configuracaoDocumentoOutro.qtdeCaracteresDocumento.',
    );
    await refused(
      processo({ destinatarios: [signer({}, { assinarComo: 2 })] }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.assinaturaEletronica.obrigarSignatarioInformarNomeEmpresa, destinatarios[0].assinarOnline.assinaturaEletronica.obrigarSignatarioInformarNumeroDocumentoEmpresa, destinatarios[0].assinarOnline.assinaturaEletronica.tipoDocumentoEmpresaAInformar.',
    );
    await refused(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: '1234' } })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.seguranca.idMeioEnvio.');
    await refused(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: '1234', idMeioEnvio: 3 } })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.seguranca.codigoSegurancaEmail.');
    await refused(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: '1234', idMeioEnvio: 2 } })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.seguranca.codigoSegurancaTelefone.');
    await refused(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: '1234', idMeioEnvio: 1, codigoSegurancaTelefone: '+351 912 345 678' } })] }), 400, 'O item listado está com o formato incorreto: destinatarios[0].assinarOnline.seguranca.codigoSegurancaTelefone.');
    await refused(processo({ destinatarios: [signer({}, { mensagemPersonalizada: { titulo: 'Olá' } })] }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.mensagemPersonalizada.texto.');
    await refused(
      processo({ destinatarios: [signer({}, { anexos: [{ anexoDocumentoNome: 'RG' }] })] }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.anexos[0].anexoObrigatorio, destinatarios[0].assinarOnline.anexos[0].anexoExibirTodosDestinatarios.',
    );
    await refused(
      processo({ documentos: [{ nomeComExtensao: 'a.pdf', arquivo: pdf1 }, { ordemDocumento: 2, nomeComExtensao: 'b.pdf', arquivo: pdf1 }] }),
      400,
      'O item listado é obrigatório: documentos[0].ordemDocumento.',
    );
  });
  it('a security code is disregarded with everything around it when codigoSeguranca is null', async () => {
    const res = await send(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: null, idMeioEnvio: 9 } })] }));
    expect(res.status).toBe(400); // idMeioEnvio 9 is still the wrong format
    const ok = await send(processo({ destinatarios: [signer({}, { seguranca: { codigoSeguranca: null, idMeioEnvio: 1 } })] }));
    expect(ok.status).toBe(200);
  });
  it('manual placement: each signer needs a position in every document, with every measure', async () => {
    await refused(processo({ usarPosicaoAssinaturaAutomatica: 0 }), 400, 'O item listado é obrigatório: destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[documentoDeOrdem=1].');
    await refused(
      processo({ usarPosicaoAssinaturaAutomatica: 0, destinatarios: [signer({}, { definirPosicaoAssinaturaManual: [{ pessoaFisica: { pagina: 0, altura: 10, largura: null, posicaoX: 0, posicaoY: 0 } }] })] }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].pessoaFisica.pagina, destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].pessoaFisica.largura.',
    );
    await refused(
      processo({ usarPosicaoAssinaturaAutomatica: 0, destinatarios: [signer({}, { assinarComo: 2, assinaturaEletronica: { obrigarSignatarioInformarNome: 1, obrigarSignatarioInformarNumeroDocumento: 0, tipoDocumentoAInformar: 1, obrigarSignatarioInformarNomeEmpresa: 0, obrigarSignatarioInformarNumeroDocumentoEmpresa: 0, tipoDocumentoEmpresaAInformar: 5 }, definirPosicaoAssinaturaManual: [{ pessoaJuridica: { pagina: 1, altura: 10, largura: 10, posicaoX: 0, posicaoY: 5 } }] })] }),
      400,
      'O item listado é obrigatório: destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].pessoaJuridica.posicaoX.',
    );
    await refused(
      processo({
        usarPosicaoAssinaturaAutomatica: 0,
        documentos: [
          { ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: pdf1 },
          { ordemDocumento: 2, nomeComExtensao: 'b.pdf', arquivo: pdf1 },
        ],
        destinatarios: [signer({}, { definirPosicaoAssinaturaManual: [{ pessoaFisica: { pagina: 1, altura: 10, largura: 10, posicaoX: 0, posicaoY: 0 } }] })],
      }),
      400,
      'Os itens listados são obrigatórios: destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].documentoDeOrdem, destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[documentoDeOrdem=1], destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[documentoDeOrdem=2].',
    );
  });
  it('a body that is not JSON is a 500 "Formato do JSON incorreto", as the reference lists it', async () => {
    const res = await send(undefined, { raw: '{"nomeProcesso": ' });
    expect(res.status).toBe(500);
    expect(res.body.mensagem).toBe('Formato do JSON incorreto.');
  });
});

describe('[ARQSIGN] 422: rules of the process', () => {
  it('both e-mail and phone', async () => {
    await refused(processo({ destinatarios: [signer({ telefone: '11987654321' })] }), 422, 'Somente é possível enviar o processo para um e-mail ou telefone. Escolha uma forma de envio.');
  });
  it('at least one recipient who signs online', async () => {
    await refused(processo({ destinatarios: [{ idTipoAcao: 2, nome: 'Cópia', email: 'c@exemplo.com.br' }] }), 422, 'É obrigatório informar ao menos um destinatário com ação de Assinar Online.');
  });
  it('the same recipient twice in the same signing order (by e-mail or by phone)', async () => {
    await refused(processo({ destinatarios: [signer(), signer({ nome: 'Outra Maria', email: 'MARIA@exemplo.com.br' })] }), 422, 'A aplicação não permite o mesmo destinatário na mesma ordem de assinatura: maria@exemplo.com.br (ordem 1).');
    const ok = await send(processo({ destinatarios: [signer(), signer({ ordemAssinatura: 2 })] }));
    expect(ok.status).toBe(200);
  });
  it('WhatsApp only for electronic signature or copies; certificates are not available here', async () => {
    await refused(processo({ destinatarios: [signer({ email: undefined, telefone: '11987654321' }, { idTipoAssinatura: 3 })] }), 422, 'Somente é possível enviar processo por WhatsApp para quem assina com Assinatura Eletrônica (idTipoAssinatura = 1) ou recebe uma cópia: destinatarios[0].telefone.');
    await refused(processo({ destinatarios: [signer({}, { idTipoAssinatura: 4 })] }), 422, 'Assinatura com certificado digital (idTipoAssinatura = 4) ainda não está disponível neste servidor: destinatarios[0].assinarOnline.idTipoAssinatura.');
  });
  it('roles (papéis) must exist in the account; a PF role is disregarded for a PJ signer', async () => {
    await refused(processo({ destinatarios: [signer({}, { papelPessoaFisica: ['Fiador', 'Avalista'] })] }), 422, 'Os papéis informados não existem na conta: Fiador, Avalista.');
    await refused(processo({ destinatarios: [signer({}, { papelPessoaFisica: ['Fiador'] })] }), 422, 'O papel informado não existe na conta: Fiador.');
  });
  it('documents: unique names, unique orders, PDF only, at most 25', async () => {
    await refused(processo({ documentos: [{ ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: pdf1 }, { ordemDocumento: 2, nomeComExtensao: 'A.pdf', arquivo: pdf1 }] }), 422, 'A aplicação não permite arquivos com nomes iguais em um mesmo processo: A.pdf.');
    await refused(processo({ documentos: [{ ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: pdf1 }, { ordemDocumento: 1, nomeComExtensao: 'b.pdf', arquivo: pdf1 }] }), 422, 'Não é permitido arquivos com a mesma ordem: ordemDocumento 1.');
    await refused(processo({ documentos: [{ ordemDocumento: 1, nomeComExtensao: 'a.txt', arquivo: Buffer.from('só texto').toString('base64') }] }), 422, 'Somente é permitido arquivo do tipo PDF: a.txt.');
    const many = Array.from({ length: 26 }, (_, i) => ({ ordemDocumento: i + 1, nomeComExtensao: `d${i + 1}.pdf`, arquivo: pdf1 }));
    await refused(processo({ documentos: many }), 422, 'É permitido enviar até 25 arquivos por processo.');
  });
  it('manual placement: the page must exist and the box must stay inside it; a document order that does not exist', async () => {
    const manual = (pos: Record<string, unknown>, docOrder?: number) =>
      processo({ usarPosicaoAssinaturaAutomatica: 0, destinatarios: [signer({}, { definirPosicaoAssinaturaManual: [{ documentoDeOrdem: docOrder, pessoaFisica: { pagina: 1, altura: 20, largura: 60, posicaoX: 10, posicaoY: 10, ...pos } }] })] });
    await refused(manual({ pagina: 2 }), 422, 'A página 2 não existe no documento contrato.pdf, que tem 1 página (destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].pessoaFisica.pagina).');
    await refused(manual({ posicaoX: 160 }), 422, 'A posição da assinatura está fora dos limites da página 1 do documento contrato.pdf (210.0 × 297.0 mm): destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[0].pessoaFisica.');
    const ok = await send(manual({ posicaoX: 150, posicaoY: 277 }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const twoDocs = processo({
      usarPosicaoAssinaturaAutomatica: 0,
      documentos: [
        { ordemDocumento: 1, nomeComExtensao: 'a.pdf', arquivo: pdf1 },
        { ordemDocumento: 2, nomeComExtensao: 'b.pdf', arquivo: pdf1 },
      ],
      destinatarios: [
        signer({}, { definirPosicaoAssinaturaManual: [1, 2, 3].map((o) => ({ documentoDeOrdem: o, pessoaFisica: { pagina: 1, altura: 10, largura: 10, posicaoX: 1, posicaoY: 1 } })) }),
      ],
    });
    await refused(twoDocs, 422, 'Não existe documento com a ordem informada em documentoDeOrdem: 3 (destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual[2]).');
  });
  it('the same manual representation twice in one document', async () => {
    const box = { pagina: 1, altura: 10, largura: 10, posicaoX: 1, posicaoY: 1 };
    await refused(
      processo({ usarPosicaoAssinaturaAutomatica: 0, destinatarios: [signer({}, { definirPosicaoAssinaturaManual: [{ pessoaFisica: box }, { pessoaFisica: box }] })] }),
      422,
      'A mesma representação manual (pessoa física) foi informada mais de uma vez para o documento de ordem 1: destinatarios[0].assinarOnline.definirPosicaoAssinaturaManual.',
    );
  });
  it('positions are ignored when placement is automatic', async () => {
    const res = await send(processo({ destinatarios: [signer({}, { definirPosicaoAssinaturaManual: [{ pessoaFisica: { pagina: 99, altura: 1, largura: 1, posicaoX: 0, posicaoY: 0 } }] })] }));
    expect(res.status).toBe(200);
  });
});
