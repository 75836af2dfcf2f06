import { z } from '../../validation';

// The request of POST /api/v2/processo/enviar-documento-para-assinar (shared/reference/004), with
// ArqSign's own wire names. Objects are strict: a misspelled or unknown parameter is refused with
// "Algum parâmetro está incorreto ou é inexistente." Fields the reference marks "Sim" are required
// here; "Talvez" fields are optional here and required by validate.ts when their condition holds.
// Messages are not set on the schemas: parse-request.ts sorts each issue into the reference's
// families (obrigatório / formato incorreto) and words them there.

/** "bit": 1 = true, 0 = false (booleans accepted too). */
const bit = z.union([z.literal(0), z.literal(1), z.boolean()]).transform((v) => v === 1 || v === true);
const opt = <T extends z.ZodType>(s: T) => s.nullish();
const int = (min: number, max: number) => z.int().min(min).max(max);
const text = (max: number) => z.string().max(max);
const guid = z.uuid();

const position = z.strictObject({
  pagina: opt(z.int().min(0)),
  altura: opt(z.number()),
  largura: opt(z.number()),
  posicaoX: opt(z.number()),
  posicaoY: opt(z.number()),
});

const documentoOutro = z.strictObject({
  nomeDocumento: opt(text(50)),
  formatoDadosDocumento: opt(z.union([z.literal(1), z.literal(2)])),
  qtdeCaracteresDocumento: opt(int(1, 255)),
});

export const assinarOnlineSchema = z.strictObject({
  assinarComo: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 = Pessoa Física, 2 = Pessoa Jurídica, 3 = ambas'),
  papelPessoaFisica: opt(z.array(text(50))),
  papelPessoaJuridica: opt(z.array(text(50))),
  seguranca: opt(
    z.strictObject({
      codigoSeguranca: opt(z.string().regex(/^\d{4}$/)),
      idMeioEnvio: opt(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('1 = SMS, 2 = WhatsApp, 3 = E-mail, 4 = Não enviar')),
      codigoSegurancaEmail: opt(text(150)),
      codigoSegurancaTelefone: opt(text(20)),
      reenviarCodigo: opt(bit),
    }),
  ),
  mensagemPersonalizada: opt(z.strictObject({ titulo: opt(text(150)), texto: opt(z.string()) })),
  anexos: opt(
    z.array(
      z.strictObject({
        anexoDocumentoNome: opt(text(75)),
        anexoObrigatorio: opt(bit),
        anexoExibirTodosDestinatarios: opt(bit),
      }),
    ),
  ),
  definirPosicaoAssinaturaManual: opt(
    z.array(z.strictObject({ documentoDeOrdem: opt(int(0, 255)), pessoaFisica: opt(position), pessoaJuridica: opt(position) })),
  ),
  idTipoAssinatura: opt(z.union([z.literal(1), z.literal(3), z.literal(4)]).describe('1 = Assinatura Eletrônica, 3 = Certificado ICP-Brasil, 4 = Outro certificado')),
  assinaturaEletronica: opt(
    z.strictObject({
      obrigarSignatarioInformarNome: opt(bit),
      obrigarSignatarioInformarNumeroDocumento: opt(bit),
      tipoDocumentoAInformar: opt(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('1 = CPF, 2 = CNH, 3 = RG, 4 = Outro')),
      configuracaoDocumentoOutro: opt(documentoOutro),
      obrigarSignatarioInformarNomeEmpresa: opt(bit),
      obrigarSignatarioInformarNumeroDocumentoEmpresa: opt(bit),
      tipoDocumentoEmpresaAInformar: opt(z.union([z.literal(4), z.literal(5)]).describe('4 = Outro, 5 = CNPJ')),
      configuracaoDocumentoEmpresaOutro: opt(documentoOutro),
    }),
  ),
});

export const destinatarioSchema = z.strictObject({
  idTipoAcao: z.union([z.literal(1), z.literal(2)]).describe('1 = Assinar Online, 2 = Receber uma cópia'),
  ordemAssinatura: opt(int(0, 255)),
  nome: text(150).min(1),
  email: opt(text(150)),
  telefone: opt(text(20)),
  assinarOnline: opt(assinarOnlineSchema),
});

export const documentoSchema = z.strictObject({
  ordemDocumento: opt(int(0, 255)),
  nomeComExtensao: text(150).min(1),
  arquivo: z.string().min(1).describe('O PDF em base64'),
});

export const enviarProcessoSchema = z
  .strictObject({
    idResponsavel: guid.describe('Id de um usuário ativo da conta (GET /api/v1/account)'),
    nomeProcesso: text(250).min(1),
    idPasta: guid.describe('Id de uma pasta da conta (GET /api/v1/account)'),
    configuracoesAvancadas: opt(
      z.strictObject({
        tempoExpiracaoDocumentoDias: opt(z.int().min(0).max(999)),
        avisoAntesExpiracaoDocumentoDias: opt(z.int().min(0).max(99)),
        frequenciaLembretesDias: opt(z.int().min(0).max(999)),
        gerarQrCode: opt(bit),
        obrigarLeitura: opt(bit),
      }),
    ),
    renovacaoMeses: opt(int(0, 255)),
    mensagemPadrao: opt(z.strictObject({ titulo: opt(text(150)), texto: opt(z.string()) })),
    usarOrdemAssinatura: bit,
    usarPosicaoAssinaturaAutomatica: bit,
    destinatarios: z.array(destinatarioSchema).min(1),
    documentos: z.array(documentoSchema).min(1),
  })
  .meta({ id: 'ArqSignEnviarProcesso', title: 'Processo (compatível com ArqSign v2)' });

export type EnviarProcesso = z.output<typeof enviarProcessoSchema>;
export type Destinatario = EnviarProcesso['destinatarios'][number];

export const enviarProcessoResponseSchema = z
  .object({
    IdProcesso: z.uuid(),
    documentos: z.array(z.object({ id: z.uuid(), nome: z.string() })),
  })
  .meta({ id: 'ArqSignProcessoEnviado' });

export const arqsignErrorSchema = z
  .object({ codigo: z.int().describe('O status HTTP'), mensagem: z.string(), erros: z.array(z.string()) })
  .meta({ id: 'ArqSignErro' });
