/*
 * The variables a contract template or term may use ({{cliente.nome}} ...), with the labels of the
 * editor's "Inserir variável" menu. Keys are pt-BR because the people who write templates read
 * them; they are stored inside templates, so a released key is never renamed. This file has no
 * server or formatting imports: the editor and the form validation load it in the browser.
 * build-variable-values.ts turns a customer, contract and branch into the text for each key.
 */

export type VariableGroup = 'cliente' | 'contrato' | 'filial' | 'responsavel' | 'data';

/** Group titles for the insert menu, in menu order. */
export const variableGroupLabels: Record<VariableGroup, string> = {
  cliente: 'Cliente',
  contrato: 'Contrato',
  filial: 'Filial',
  responsavel: 'Responsável da empresa',
  data: 'Datas',
};

const variable = <K extends string>(key: K, group: VariableGroup, label: string) => ({ key, group, label });

/** The catalogue, in the order the insert menu lists it. */
export const templateVariables = [
  variable('cliente.nome', 'cliente', 'Nome / Razão social'),
  variable('cliente.cpf_cnpj', 'cliente', 'CPF/CNPJ'),
  variable('cliente.email', 'cliente', 'E-mail'),
  variable('cliente.telefone', 'cliente', 'Telefone'),
  variable('cliente.endereco', 'cliente', 'Endereço completo'),
  variable('cliente.cidade', 'cliente', 'Cidade'),
  variable('cliente.uf', 'cliente', 'UF'),
  variable('cliente.cep', 'cliente', 'CEP'),
  variable('contrato.numero', 'contrato', 'Número do contrato'),
  variable('contrato.plano', 'contrato', 'Plano'),
  variable('contrato.valor', 'contrato', 'Valor (R$)'),
  variable('contrato.valor_extenso', 'contrato', 'Valor por extenso'),
  variable('contrato.data_inicio', 'contrato', 'Data de início'),
  variable('contrato.dia_vencimento', 'contrato', 'Dia de vencimento'),
  variable('filial.nome', 'filial', 'Nome da filial'),
  variable('filial.cnpj', 'filial', 'CNPJ da filial'),
  variable('filial.endereco', 'filial', 'Endereço da filial'),
  variable('responsavel.nome', 'responsavel', 'Nome do responsável'),
  variable('responsavel.cpf', 'responsavel', 'CPF do responsável'),
  variable('data.hoje', 'data', 'Data de hoje (dd/mm/aaaa)'),
  variable('data.hoje_extenso', 'data', 'Data de hoje por extenso'),
] as const;

export type TemplateVariable = (typeof templateVariables)[number];
export type VariableKey = TemplateVariable['key'];

/** Every key filled with display text; a document is filled from this, never from raw rows. */
export type VariableValues = Record<VariableKey, string>;

const knownKeys: ReadonlySet<string> = new Set(templateVariables.map((v) => v.key));

export function isVariableKey(key: string): key is VariableKey {
  return knownKeys.has(key);
}
