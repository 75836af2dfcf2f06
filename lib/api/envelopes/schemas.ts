import { envelopeStatuses } from '../../envelopes/schemas';
import { z } from '../../validation';

const signerSchema = z
  .object({
    name: z.string().trim().min(1, 'Informe o nome.').max(150, 'Use até 150 caracteres.'),
    email: z.email('E-mail inválido.').max(150).nullish(),
    phone: z.string().trim().max(20).nullish().describe('Celular; com delivery/auth whatsapp ou sms'),
    cpf: z.string().trim().max(14).nullish(),
    order: z.int().min(1).max(99).nullish().describe('Ordem de assinatura (com settings.signingOrder)'),
    action: z.enum(['sign', 'approve', 'handwritten', 'copy']).default('sign').describe('sign = nome digitado, approve = clique, handwritten = desenho, copy = só recebe cópia'),
    delivery: z.enum(['email', 'whatsapp', 'sms', 'none']).default('email').describe('none: você entrega o link (url da resposta)'),
    auth: z.enum(['email', 'sms', 'whatsapp', 'access_code', 'none']).default('email'),
    accessCode: z.string().regex(/^\d{4}$/, 'O código de acesso tem 4 dígitos.').nullish(),
    requirements: z
      .object({
        selfie: z.boolean().default(false),
        idDocument: z.boolean().default(false),
        faceMatch: z.boolean().default(false),
        documentOcr: z.boolean().default(false),
        geolocation: z.boolean().default(false),
      })
      .partial()
      .nullish(),
  })
  .meta({ id: 'SignerInput' });

const uploadedDocument = z
  .object({ name: z.string().trim().min(1, 'Informe o nome do documento.').max(150), contentBase64: z.string().min(1).describe('O PDF em base64') })
  .meta({ id: 'UploadedDocument' });

const templateDocument = z
  .object({
    templateId: z.uuid('Modelo inválido.').describe('Modelo de contrato (ou termo) da conta: o PDF é gerado com as variáveis; um modelo de contrato traz junto os termos dele'),
    name: z.string().trim().min(1).max(150).nullish().describe('Padrão: o nome do modelo'),
    variables: z
      .record(z.string(), z.union([z.string().max(5000), z.number()]))
      .default({})
      .describe('Valores das variáveis do modelo, pelos nomes do editor: {"cliente.nome": "Maria", "contrato.valor": "R$ 99,90"}'),
  })
  .meta({ id: 'TemplateDocument' });
export type TemplateDocumentInput = z.output<typeof templateDocument>;

export const createEnvelopeBody = z
  .object({
    name: z.string().trim().min(1, 'Informe o nome do envelope.').max(250, 'Use até 250 caracteres.'),
    branchId: z.uuid().nullish().describe('Filial: usa a integração Rubrica dela (prazo, modelos de mensagem, canais)'),
    folderId: z.uuid().nullish(),
    message: z.string().max(5000).nullish().describe('Mensagem de quem envia: no convite por e-mail e na abertura do documento'),
    messageTitle: z.string().trim().max(150).nullish().describe('Assunto do convite por e-mail'),
    documents: z
      .array(z.union([uploadedDocument, templateDocument]))
      .min(1, 'Envie ao menos um documento.')
      .max(25, 'Envie até 25 documentos.')
      .describe('PDFs em base64 e/ou modelos de contrato preenchidos com variáveis (multipart/form-data: os arquivos vêm nas partes "documents")'),
    settings: z
      .object({
        expiresInDays: z.int().min(1).max(365).nullish(),
        readRequired: z.boolean().nullish(),
        signingOrder: z.boolean().nullish().describe('true: cada ordem recebe o link quando a anterior termina'),
        reminderEveryDays: z.int().min(1).max(999).nullish().describe('Lembrete a quem não assinou a cada N dias (padrão: o da integração da filial)'),
        warnDaysBeforeExpiry: z.int().min(1).max(99).nullish().describe('Aviso N dias antes do prazo (padrão: o da integração da filial)'),
        qrCode: z.boolean().nullish().describe('false: o PDF selado sai sem QR code (o código e o endereço de verificação continuam)'),
      })
      .nullish(),
    signers: z.array(signerSchema).min(1, 'Informe ao menos um signatário.').max(50),
  })
  .meta({ id: 'CreateEnvelope' });
export type CreateEnvelopeBody = z.output<typeof createEnvelopeBody>;

/** multipart/form-data: the part "metadata" holds this JSON; each part "documents" is one PDF file. */
export const createEnvelopeMultipartMetadata = createEnvelopeBody.extend({
  documents: z.array(templateDocument).max(25, 'Envie até 25 documentos.').default([]).describe('Só modelos: os PDFs vêm nas partes "documents"'),
});

export const signerView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    action: z.string(),
    order: z.int(),
    status: z.enum(['pending', 'sent', 'viewed', 'signed', 'declined']),
    signedAt: z.iso.datetime().nullable(),
    url: z.url().describe('O link pessoal do signatário no Espaço do Signatário'),
  })
  .meta({ id: 'Signer' });

export const envelopeView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(envelopeStatuses),
    origin: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    documents: z.array(z.object({ id: z.uuid(), name: z.string(), pages: z.int(), sealed: z.boolean() })),
    signers: z.array(signerView),
  })
  .meta({ id: 'Envelope' });

export const createdEnvelopeView = z
  .object({ id: z.uuid(), status: z.enum(envelopeStatuses), signers: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string(), url: z.url() })) })
  .meta({ id: 'CreatedEnvelope' });

export const envelopeListQuery = z.object({
  status: z.enum(envelopeStatuses).optional(),
  from: z.iso.date().optional().describe('Criados a partir desta data (AAAA-MM-DD)'),
  to: z.iso.date().optional(),
  q: z.string().trim().max(100).optional().describe('Parte do nome'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional().describe('nextCursor da página anterior'),
});

export const envelopeListView = z
  .object({
    data: z.array(envelopeView.omit({ documents: true, signers: true })),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'EnvelopeList' });

export const downloadQuery = z.object({ type: z.enum(['original', 'sealed', 'evidence']).default('original') });
