import type { z } from '../../validation';
import { Findings } from './errors';
import { enviarProcessoSchema, type EnviarProcesso } from './schema';

/** destinatarios.0.nome → destinatarios[0].nome: how integrators read item names. */
export function itemName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

const missing = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Parses the body with the shared zod schema and sorts every issue into the reference's families:
 * a missing (or null, or empty) required item, a wrong format, or an unknown parameter.
 */
export function parseProcesso(body: unknown, findings: Findings): EnviarProcesso | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    findings.unknown = true;
    return null;
  }
  const result = enviarProcessoSchema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues as (z.core.$ZodIssue & { input?: unknown })[]) {
    if (issue.code === 'unrecognized_keys') {
      findings.unknown = true;
      continue;
    }
    const name = itemName(issue.path);
    const empty = missing(issue.input) || (issue.code === 'too_small' && Array.isArray(issue.input) && issue.input.length === 0);
    findings.add(empty ? 'required' : 'format', name);
  }
  return null;
}
