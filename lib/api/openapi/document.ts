import { arqsignErrorSchema, enviarProcessoResponseSchema, enviarProcessoSchema } from '../arqsign/schema';
import { processoSchema } from '../arqsign/get-process';
import { createdEnvelopeView, createEnvelopeBody, envelopeListView, envelopeView } from '../envelopes/schemas';
import { accountResponseSchema } from '../get-account';
import { webhookEndpointInput, webhookEndpointSchema } from '../../webhooks/schemas';
import { webhookEvents } from '../../webhooks/events';
import { createContractInput } from '../../contracts/schemas';
import { customerInput } from '../../people/schemas';
import { z } from '../../validation';

// The console's own schemas, named here for the document (their modules stay free of API concerns).
if (!z.globalRegistry.has(customerInput)) z.globalRegistry.add(customerInput, { id: 'CustomerInput' });
if (!z.globalRegistry.has(createContractInput)) z.globalRegistry.add(createContractInput, { id: 'ContractInput', description: 'price em centavos; status, ativação e exigências assumem o padrão quando omitidos' });

// The OpenAPI 3.1 document, generated from the very zod schemas that validate requests and shape
// answers (z.toJSONSchema, JSON Schema 2020-12 — OpenAPI 3.1's own dialect). Schemas with a
// .meta({ id }) become components; the paths below only reference them.

const requestSchemas = [enviarProcessoSchema, createEnvelopeBody, webhookEndpointInput, customerInput, createContractInput];
const responseSchemas = [enviarProcessoResponseSchema, arqsignErrorSchema, processoSchema, createdEnvelopeView, envelopeView, envelopeListView, accountResponseSchema, webhookEndpointSchema];

const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string().describe('Em português, pronta para mostrar'), fields: z.record(z.string(), z.array(z.string())).optional() }) })
  .meta({ id: 'Error' });

function components(io: 'input' | 'output') {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io, uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  for (const s of Object.values(schemas)) {
    delete (s as Record<string, unknown>).$schema;
    delete (s as Record<string, unknown>).$id;
  }
  return schemas;
}

const idOf = (s: z.ZodType) => (z.globalRegistry.get(s) as { id?: string } | undefined)?.id as string;
const ref = (s: z.ZodType) => ({ $ref: `#/components/schemas/${idOf(s)}` });
const json = (s: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: ref(s) } } });
const err = (description: string) => json(errorSchema, description);
const arqErr = (description: string) => json(arqsignErrorSchema, description);
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', format: 'uuid' } });
const idempotency = { name: 'Idempotency-Key', in: 'header', required: false, description: 'Repetir a requisição com a mesma chave devolve a primeira resposta em vez de criar de novo.', schema: { type: 'string', maxLength: 255 } };
const common = { '401': err('Chave de API ausente, inválida ou revogada'), '403': err('A chave não tem a permissão'), '429': err('Limite de requisições da chave; veja Retry-After') };

export function openApiDocument(serverUrl: string) {
  void errorSchema;
  const out = components('output');
  const inp = components('input');
  const schemas: Record<string, unknown> = { ...out };
  for (const s of requestSchemas) schemas[idOf(s)] = inp[idOf(s)];
  for (const s of responseSchemas) schemas[idOf(s)] = out[idOf(s)];

  return {
    openapi: '3.1.0',
    info: {
      title: 'Rubrica API',
      version: '1.0.0',
      description:
        'Envelopes, documentos e webhooks do Rubrica. Autentique com o cabeçalho `AppKey: <chave>` ou `Authorization: Bearer <chave>` (Console › Chaves de API). Erros da API nativa: `{ "error": { "code", "message", "fields" } }`. O endpoint `/api/v2/processo/...` é compatível com a API v2 da ArqSign e responde no formato dela.',
    },
    servers: [{ url: serverUrl }],
    security: [{ AppKey: [] }, { Bearer: [] }],
    tags: [
      { name: 'Envelopes', description: 'API nativa' },
      { name: 'Conta', description: 'Ids de usuários, pastas e papéis' },
      { name: 'Cadastros', description: 'Clientes e contratos, para o ERP enviar os seus (permissões envelopes:write / envelopes:read)' },
      { name: 'Webhooks', description: `Eventos: ${webhookEvents.join(', ')}. Veja docs/webhooks.md para verificar as assinaturas.` },
      { name: 'Compatível com ArqSign', description: 'POST/GET /api/v2/processo, com os nomes, regras, status e mensagens da ArqSign' },
    ],
    components: {
      securitySchemes: {
        AppKey: { type: 'apiKey', in: 'header', name: 'AppKey' },
        Bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas,
    },
    paths: {
      '/api/v1/account': { get: { tags: ['Conta'], summary: 'A conta da chave, com usuários, pastas e papéis', responses: { '200': json(accountResponseSchema, 'A conta'), ...common } } },
      '/api/v1/envelopes': {
        post: {
          tags: ['Envelopes'],
          summary: 'Cria e envia um envelope',
          description: 'Os signatários da primeira ordem (ou todos, sem ordem) recebem o link pelo canal de envio; `url` de cada signatário serve a quem entrega o link pelo próprio canal.',
          parameters: [idempotency],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref(createEnvelopeBody) },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['metadata'],
                  properties: {
                    metadata: { type: 'string', description: 'O mesmo JSON de CreateEnvelope; em documents, só modelos (TemplateDocument)' },
                    documents: { type: 'array', items: { type: 'string', contentMediaType: 'application/pdf' }, description: 'Um arquivo PDF por parte; o nome do arquivo é o nome do documento' },
                  },
                },
                encoding: { metadata: { contentType: 'application/json' }, documents: { contentType: 'application/pdf' } },
              },
            },
          },
          responses: { '201': json(createdEnvelopeView, 'Criado e enviado'), '400': err('Campos inválidos (fields por campo)'), '409': err('A filial não pode enviar'), '422': err('Créditos insuficientes ou Idempotency-Key reutilizada'), ...common },
        },
        get: {
          tags: ['Envelopes'],
          summary: 'Lista envelopes (mais novos primeiro, paginação por cursor)',
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['draft', 'sent', 'partially_signed', 'sealing', 'completed', 'declined', 'expired', 'cancelled'] } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'q', in: 'query', description: 'Parte do nome', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
            { name: 'cursor', in: 'query', description: 'O nextCursor da página anterior', schema: { type: 'string' } },
          ],
          responses: { '200': json(envelopeListView, 'Uma página'), ...common },
        },
      },
      '/api/v1/envelopes/{id}': { get: { tags: ['Envelopes'], summary: 'Um envelope, com documentos e signatários', parameters: [idParam('id', 'Id do envelope')], responses: { '200': json(envelopeView, 'O envelope'), '404': err('Não encontrado nesta conta'), ...common } } },
      '/api/v1/envelopes/{id}/cancel': {
        post: {
          tags: ['Envelopes'],
          summary: 'Cancela um envelope que ainda aguarda assinaturas',
          parameters: [idParam('id', 'Id do envelope'), idempotency],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string', maxLength: 500 } } } } } },
          responses: { '200': { description: 'Cancelado' }, '409': err('Já concluído, recusado, expirado ou cancelado'), '404': err('Não encontrado'), ...common },
        },
      },
      '/api/v1/envelopes/{id}/signers/{signerId}/resend': {
        post: { tags: ['Envelopes'], summary: 'Reenvia o convite a um signatário pendente', parameters: [idParam('id', 'Id do envelope'), idParam('signerId', 'Id do signatário'), idempotency], responses: { '200': { description: '{ resent: boolean }' }, '409': err('Sem assinatura pendente'), ...common } },
      },
      '/api/v1/envelopes/{id}/links': { get: { tags: ['Envelopes'], summary: 'Os links de assinatura, para entregar pelo seu próprio canal', parameters: [idParam('id', 'Id do envelope')], responses: { '200': { description: '{ data: [{ id, name, status, url }] }' }, ...common } } },
      '/api/v1/envelopes/{id}/download': {
        get: {
          tags: ['Envelopes'],
          summary: 'Baixa o original, o PDF assinado (selado) ou as evidências',
          description: 'Um PDF, ou um ZIP quando o envelope tem vários documentos. `sealed` responde 409 até a conclusão e a selagem. `evidence` é a trilha de eventos encadeada por hash, com o veredito da verificação.',
          parameters: [idParam('id', 'Id do envelope'), { name: 'type', in: 'query', schema: { type: 'string', enum: ['original', 'sealed', 'evidence'], default: 'original' } }],
          responses: {
            '200': { description: 'O arquivo', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'application/zip': { schema: { type: 'string', format: 'binary' } }, 'application/json': {} } },
            '409': err('Ainda não selado'),
            '404': err('Não encontrado'),
            ...common,
          },
        },
      },
      '/api/v1/customers': {
        post: { tags: ['Cadastros'], summary: 'Cadastra um cliente (CPF/CNPJ validados)', parameters: [idempotency], requestBody: { required: true, content: { 'application/json': { schema: ref(customerInput) } } }, responses: { '201': { description: 'O cliente' }, '400': err('Campos inválidos'), '409': err('CPF/CNPJ já cadastrado'), ...common } },
        get: { tags: ['Cadastros'], summary: 'Lista clientes', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { '200': { description: '{ data, page, hasMore }' }, ...common } },
      },
      '/api/v1/customers/{id}': { get: { tags: ['Cadastros'], summary: 'Um cliente com seus contatos', parameters: [idParam('id', 'Id do cliente')], responses: { '200': { description: 'O cliente' }, '404': err('Não encontrado'), ...common } } },
      '/api/v1/contracts': {
        post: {
          tags: ['Cadastros'],
          summary: 'Cria um contrato; com a integração da filial, o documento de assinatura sai ao salvar',
          parameters: [idempotency],
          requestBody: { required: true, content: { 'application/json': { schema: ref(createContractInput) } } },
          responses: { '201': { description: '{ contract, envelope: { created, envelopeId | reason } }' }, '400': err('Campos inválidos'), ...common },
        },
        get: {
          tags: ['Cadastros'],
          summary: 'Lista contratos',
          parameters: ['status', 'branchId', 'q', 'from', 'to', 'page'].map((name) => ({ name, in: 'query', schema: { type: name === 'page' ? 'integer' : 'string' } })),
          responses: { '200': { description: '{ data, page, hasMore }' }, ...common },
        },
      },
      '/api/v1/contracts/{id}': { get: { tags: ['Cadastros'], summary: 'Um contrato', parameters: [idParam('id', 'Id do contrato')], responses: { '200': { description: 'O contrato' }, '404': err('Não encontrado'), ...common } } },
      '/api/v1/webhooks': {
        get: { tags: ['Webhooks'], summary: 'Lista os webhooks da conta', responses: { '200': { description: '{ data: WebhookEndpoint[] }' }, ...common } },
        post: {
          tags: ['Webhooks'],
          summary: 'Cadastra um webhook; o segredo de assinatura volta só nesta resposta',
          parameters: [idempotency],
          requestBody: { required: true, content: { 'application/json': { schema: ref(webhookEndpointInput) } } },
          responses: { '201': json(webhookEndpointSchema, 'Cadastrado (com `secret`)'), '400': err('URL inválida ou para a rede interna'), ...common },
        },
      },
      '/api/v1/webhooks/{id}': { delete: { tags: ['Webhooks'], summary: 'Exclui um webhook', parameters: [idParam('id', 'Id do webhook')], responses: { '204': { description: 'Excluído' }, '404': err('Não encontrado'), ...common } } },
      '/api/v2/processo/enviar-documento-para-assinar': {
        post: {
          tags: ['Compatível com ArqSign'],
          summary: 'Envia um processo com um ou mais documentos para assinar (ArqSign v2)',
          requestBody: { required: true, content: { 'application/json': { schema: ref(enviarProcessoSchema) } } },
          responses: {
            '200': json(enviarProcessoResponseSchema, 'Processo criado'),
            '400': arqErr('Item obrigatório, formato incorreto, id inexistente ou parâmetro inexistente'),
            '401': arqErr('AppKey incorreta ou não informada'),
            '404': arqErr('Endpoint não localizado'),
            '422': arqErr('Parâmetros inválidos (regras do processo) ou créditos insuficientes'),
            '500': arqErr('Erro interno ou JSON em formato incorreto'),
          },
        },
      },
      '/api/v2/processo/{idProcesso}': {
        get: {
          tags: ['Compatível com ArqSign'],
          summary: 'Busca um processo com seus signatários e documentos',
          parameters: [idParam('idProcesso', 'O IdProcesso devolvido no envio')],
          responses: { '200': json(processoSchema, 'O processo'), '400': arqErr('Formato incorreto ou id inexistente'), '401': arqErr('AppKey incorreta') },
        },
      },
    },
  };
}
