// The reference's own words (shared/reference/004, "Retorno Validações"), in the singular or the
// plural as the list of items asks.

const list = (items: string[]) => items.join(', ');

export const arqsignMessages = {
  required: (items: string[]) =>
    items.length === 1 ? `O item listado é obrigatório: ${list(items)}.` : `Os itens listados são obrigatórios: ${list(items)}.`,
  format: (items: string[]) =>
    items.length === 1 ? `O item listado está com o formato incorreto: ${list(items)}.` : `Os itens listados estão com o formato incorreto: ${list(items)}.`,
  missingIds: (items: string[]) => (items.length === 1 ? `O id listado não existe: ${list(items)}.` : `Os ids listados não existem: ${list(items)}.`),
  unknownParameter: 'Algum parâmetro está incorreto ou é inexistente.',
  emailOrPhoneRequired: 'O parâmetro email ou telefone é obrigatório.',
  emailAndPhone: 'Somente é possível enviar o processo para um e-mail ou telefone. Escolha uma forma de envio.',
  noCredits: 'Saldo de créditos de Envios ou WhatsApp ou SMS insuficiente',
  unauthorized: 'A chave de autenticação da API (AppKey) está incorreta ou não foi informada corretamente.',
  badJson: 'Formato do JSON incorreto.',
  internal: 'Ocorreu um erro interno no servidor.',
  notFound: 'O recurso solicitado ou o endpoint não foi localizado.',
};
