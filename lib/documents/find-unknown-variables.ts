import { isVariableKey } from './variables';

/**
 * {{ key }} with any spacing inside the braces. Nothing but braces is excluded from the key, so a
 * misspelt or half-typed key ("{{cliente nome}}") is still found, and then refused as unknown.
 */
const REFERENCE = /\{\{([^{}]*)\}\}/g;

export type VariableReference = {
  /** What was written between the braces, trimmed: "cliente.nome". */
  key: string;
  /** Position of the opening braces in the source. */
  index: number;
  /** Length of the whole reference, braces included. */
  length: number;
};

export function findVariableReferences(source: string): VariableReference[] {
  return [...source.matchAll(REFERENCE)].map((m) => ({ key: m[1].trim(), index: m.index, length: m[0].length }));
}

/** Keys that are not in the catalogue, each once, in the order they first appear. */
export function findUnknownVariables(source: string): string[] {
  const unknown = new Set<string>();
  for (const ref of findVariableReferences(source)) if (!isVariableKey(ref.key)) unknown.add(ref.key);
  return [...unknown];
}

/**
 * Braces left over once every well-formed reference is removed, e.g. "{{cliente.nome}" or
 * "{{cliente.nome". Unrefused, they would be printed as they are in a signed contract. Returns a short
 * excerpt around each one so the author can find it.
 */
export function findMalformedVariables(source: string): string[] {
  const blanked = source.replace(REFERENCE, (m) => ' '.repeat(m.length));
  const excerpts: string[] = [];
  for (const m of blanked.matchAll(/\{\{|\}\}/g)) {
    // Up to 30 characters after an opening pair or before a closing one, never past the line.
    const excerpt =
      m[0] === '{{'
        ? source.slice(m.index, m.index + 32).split('\n')[0]
        : (source.slice(Math.max(0, m.index - 30), m.index + 2).split('\n').pop() ?? '');
    excerpts.push(excerpt.trim());
  }
  return [...new Set(excerpts)];
}
