/**
 * The {{variables}} a notification template may use, filled when a signing link goes out. Anything
 * else between double braces is refused when the template is saved, naming the unknown variable.
 */
export const templateVariables = [
  { name: 'signatario.nome', description: 'Nome de quem vai assinar' },
  { name: 'signatario.email', description: 'E-mail de quem vai assinar' },
  { name: 'cliente.nome', description: 'Razão social ou nome do cliente' },
  { name: 'empresa.nome', description: 'Nome da empresa que envia (a conta)' },
  { name: 'documento.nome', description: 'Nome do documento ou processo' },
  { name: 'link', description: 'Link de assinatura' },
  { name: 'prazo', description: 'Data limite para assinar (dd/mm/aaaa)' },
  { name: 'codigo', description: 'Código de acesso (só nas mensagens de código)' },
] as const;

export type TemplateVariable = (typeof templateVariables)[number]['name'];

const known = new Set<string>(templateVariables.map((v) => v.name));
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Names used in a text, in order of first appearance, without duplicates. */
export function usedVariables(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]))];
}

export function unknownVariables(text: string): string[] {
  return usedVariables(text).filter((name) => !known.has(name));
}

/** Braces left over once every {{ name }} is taken out: "{{link" or "prazo}}". */
export function hasUnbalancedBraces(text: string): boolean {
  const rest = text.replace(PLACEHOLDER, '');
  return rest.includes('{{') || rest.includes('}}');
}

/** The pt-BR refusal for a text, or null when every variable is known and braces are balanced. */
export function variableProblem(text: string): string | null {
  const unknown = unknownVariables(text);
  if (unknown.length) {
    const list = unknown.map((n) => `{{${n}}}`).join(', ');
    return `${unknown.length === 1 ? 'Variável desconhecida' : 'Variáveis desconhecidas'}: ${list}. Use apenas as variáveis da lista.`;
  }
  if (hasUnbalancedBraces(text)) return 'Há chaves sem par: escreva cada variável como {{nome}}.';
  return null;
}

/** Fills the variables; a value that is missing renders as empty text. */
export function renderTemplate(text: string, values: Partial<Record<TemplateVariable, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name as TemplateVariable] ?? '');
}
