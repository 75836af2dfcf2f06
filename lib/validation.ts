import { z } from 'zod';

// Zod's own messages in Portuguese for anything a schema does not word itself.
z.config(z.locales.pt());

export { z };

/** Flattens a ZodError into { "field.path": ["mensagem", ...] } for forms and API errors. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Turns FormData into a plain object; repeated keys become arrays; empty strings stay strings. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else out[key] = value;
  }
  return out;
}
