import { z } from '../validation';
import { findMalformedVariables, findUnknownVariables } from './find-unknown-variables';

/** Generous for a contract (a 10-page one is ≈ 40,000 characters), small enough to render quickly. */
export const MAX_TEMPLATE_LENGTH = 200_000;

const list = new Intl.ListFormat('pt-BR', { style: 'long', type: 'conjunction' });

/** "Variável desconhecida: {{cliente.nomee}}" / "Variáveis desconhecidas: {{a}}, {{b}} e {{c}}". */
export function describeUnknownVariables(keys: readonly string[]): string {
  const named = list.format(keys.map((k) => `{{${k}}}`));
  return keys.length === 1 ? `Variável desconhecida: ${named}` : `Variáveis desconhecidas: ${named}`;
}

function describeMalformedVariables(excerpts: readonly string[]): string {
  const named = list.format(excerpts.map((e) => `“${e}”`));
  return `Variável incompleta perto de ${named}. Escreva cada variável entre chaves duplas, como {{cliente.nome}}.`;
}

/**
 * What stops a template or term from being saved, as messages for the person (empty when none).
 * Variables are checked here, on saving, so that rendering a contract later can rely on them.
 */
export function findTemplateProblems(source: string): string[] {
  const problems: string[] = [];
  const unknown = findUnknownVariables(source);
  if (unknown.length > 0) problems.push(describeUnknownVariables(unknown));
  const malformed = findMalformedVariables(source);
  if (malformed.length > 0) problems.push(describeMalformedVariables(malformed));
  return problems;
}

/** The body of a contract template or term, for the save actions' input schemas. */
export const templateSourceSchema = z
  .string({ message: 'Escreva o texto do documento.' })
  .max(MAX_TEMPLATE_LENGTH, `Use no máximo ${MAX_TEMPLATE_LENGTH.toLocaleString('pt-BR')} caracteres.`)
  .refine((v) => v.trim().length > 0, 'Escreva o texto do documento.')
  .superRefine((source, ctx) => {
    for (const message of findTemplateProblems(source)) ctx.addIssue({ code: 'custom', message });
  });
