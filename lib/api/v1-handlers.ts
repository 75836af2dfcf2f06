import 'server-only';
import { AppError } from '../errors';
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints, type WebhookActor } from '../webhooks/endpoints';
import { webhookEndpointInput } from '../webhooks/schemas';
import { z } from '../validation';
import { createEnvelopeViaApi, documentsFromJson, type CreateEnvelopeRequest } from './envelopes/create-envelope-via-api';
import { downloadEnvelope } from './envelopes/download-envelope';
import { cancelEnvelopeViaApi, getEnvelopeViaApi, listEnvelopesViaApi, resendToSignerViaApi, signerLinksViaApi } from './envelopes/manage-envelope';
import { createEnvelopeBody, createEnvelopeMultipartMetadata, downloadQuery, envelopeListQuery } from './envelopes/schemas';
import { getApiAccount } from './get-account';
import { apiRoute, type ApiContext } from './http';
import { withIdempotency } from './idempotency';
import { createContractViaApi, createCustomerViaApi, getContractViaApi, getCustomerViaApi, listContractsViaApi, listCustomersViaApi } from './records';
import { clientIp } from '../http/client-ip';

// Every /api/v1 endpoint as a (Request) → Response function: the route files only export these, and
// the integration tests call them with real Requests.

function parseJson(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', { userMessage: 'O corpo da requisição não é um JSON válido.' });
  }
}
/**
 * The creation request as JSON (documents in base64 or as templates) or as multipart/form-data: a
 * part "metadata" with the same JSON (templates only in its documents) and one part "documents" per
 * PDF file, named by its file name.
 */
async function readCreateEnvelope(contentType: string, raw: ArrayBuffer): Promise<CreateEnvelopeRequest> {
  if (!/^multipart\/form-data/i.test(contentType)) {
    const body = createEnvelopeBody.parse(parseJson(new TextDecoder().decode(raw)));
    return { ...body, documents: documentsFromJson(body.documents) };
  }
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('INVALID_INPUT', { userMessage: 'O corpo multipart/form-data não pôde ser lido.' });
  }
  const metadata = form.get('metadata');
  if (typeof metadata !== 'string') throw new AppError('INVALID_INPUT', { userMessage: 'Envie a parte "metadata" com o JSON do envelope.', fields: { metadata: ['Obrigatório.'] } });
  const meta = createEnvelopeMultipartMetadata.parse(parseJson(metadata));
  const templates = documentsFromJson(meta.documents);
  const files = form.getAll('documents').filter((f): f is File => typeof f !== 'string');
  const uploads = await Promise.all(
    files.map(async (f, i) => ({ kind: 'file' as const, name: f.name || `documento-${i + 1}.pdf`, bytes: new Uint8Array(await f.arrayBuffer()), field: `documents[${i}]` })),
  );
  return { ...meta, documents: [...templates, ...uploads] };
}

const query = (req: Request) => Object.fromEntries(new URL(req.url).searchParams);
const webhookActor = ({ caller, ip }: ApiContext): WebhookActor => ({ accountId: caller.accountId, actorId: caller.createdBy, ip, role: 'api', via: caller.keyName });

export const v1 = {
  account: apiRoute(null, async (_req, { caller }) => Response.json(await getApiAccount(caller))),

  createEnvelope: apiRoute('envelopes:write', async (req, ctx) => {
    const raw = await req.arrayBuffer();
    return withIdempotency(req, ctx.caller, new Uint8Array(raw), async () => ({
      status: 201,
      body: await createEnvelopeViaApi(ctx.caller, await readCreateEnvelope(req.headers.get('content-type') ?? '', raw), { ip: ctx.ip }),
    }));
  }),
  listEnvelopes: apiRoute('envelopes:read', async (req, { caller }) => Response.json(await listEnvelopesViaApi(caller, envelopeListQuery.parse(query(req))))),
  getEnvelope: apiRoute<{ id: string }>('envelopes:read', async (_req, { caller }, { id }) => Response.json(await getEnvelopeViaApi(caller, id))),
  cancelEnvelope: apiRoute<{ id: string }>('envelopes:write', async (req, ctx, { id }) => {
    const text = await req.text();
    const { reason } = z.object({ reason: z.string().trim().max(500).nullish() }).parse(parseJson(text));
    return withIdempotency(req, ctx.caller, text, async () => ({ status: 200, body: await cancelEnvelopeViaApi(ctx.caller, id, reason ?? null, { ip: ctx.ip }) }));
  }),
  resendToSigner: apiRoute<{ id: string; signerId: string }>('envelopes:write', async (req, ctx, { id, signerId }) =>
    withIdempotency(req, ctx.caller, await req.text(), async () => ({ status: 200, body: await resendToSignerViaApi(ctx.caller, id, signerId) })),
  ),
  signerLinks: apiRoute<{ id: string }>('envelopes:read', async (_req, { caller }, { id }) => Response.json(await signerLinksViaApi(caller, id))),
  download: apiRoute<{ id: string }>('envelopes:read', async (req, { caller }, { id }) => downloadEnvelope(caller, id, downloadQuery.parse(query(req)).type, { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') })),

  // Customers and contracts ride on the envelope scopes: write to create, read to look up.
  createCustomer: apiRoute('envelopes:write', async (req, ctx) => {
    const text = await req.text();
    return withIdempotency(req, ctx.caller, text, async () => ({ status: 201, body: await createCustomerViaApi(ctx.caller, parseJson(text), ctx.ip) }));
  }),
  getCustomer: apiRoute<{ id: string }>('envelopes:read', async (_req, { caller }, { id }) => Response.json(await getCustomerViaApi(caller, id))),
  listCustomers: apiRoute('envelopes:read', async (req, { caller }) => Response.json(await listCustomersViaApi(caller, query(req)))),
  createContract: apiRoute('envelopes:write', async (req, ctx) => {
    const text = await req.text();
    return withIdempotency(req, ctx.caller, text, async () => ({ status: 201, body: await createContractViaApi(ctx.caller, parseJson(text), ctx.ip) }));
  }),
  getContract: apiRoute<{ id: string }>('envelopes:read', async (_req, { caller }, { id }) => Response.json(await getContractViaApi(caller, id))),
  listContracts: apiRoute('envelopes:read', async (req, { caller }) => Response.json(await listContractsViaApi(caller, query(req)))),

  listWebhooks: apiRoute('webhooks', async (_req, ctx) => Response.json({ data: await listWebhookEndpoints(webhookActor(ctx)) })),
  createWebhook: apiRoute('webhooks', async (req, ctx) => {
    const text = await req.text();
    return withIdempotency(req, ctx.caller, text, async () => ({ status: 201, body: await createWebhookEndpoint(webhookActor(ctx), webhookEndpointInput.parse(parseJson(text))) }));
  }),
  deleteWebhook: apiRoute<{ id: string }>('webhooks', async (_req, ctx, { id }) => {
    if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND', { userMessage: 'Webhook não encontrado.' });
    await deleteWebhookEndpoint(webhookActor(ctx), { id });
    return new Response(null, { status: 204 });
  }),
};
