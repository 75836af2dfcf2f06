import { AppError } from '../errors';
import { findVariableReferences } from './find-unknown-variables';
import { parseTemplate, type DocumentBlock } from './parse-template';
import { describeUnknownVariables } from './validate-template';
import { isVariableKey, type VariableValues } from './variables';

// Private-use characters: Markdown gives them no meaning and no template contains them, so a
// variable stands in the source as "\uE000<n>\uE001" while it is parsed.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * Parses a template and fills its variables. Variables are swapped for inert placeholders first and
 * replaced by their values only in the parsed text, so a value can never open a list, a heading or a
 * table cell. Unknown variables were refused when the template was saved; meeting one here means
 * the catalogue lost a key, and printing "{{...}}" into a contract would be worse than failing.
 */
export function fillTemplate(source: string, values: VariableValues): DocumentBlock[] {
  const clean = source.replace(/[\uE000\uE001]/g, '');
  const refs = findVariableReferences(clean);
  const unknown = [...new Set(refs.filter((r) => !isVariableKey(r.key)).map((r) => r.key))];
  if (unknown.length > 0) throw new AppError('INVALID_INPUT', { userMessage: describeUnknownVariables(unknown) });

  let protectedSource = '';
  let last = 0;
  refs.forEach((ref, n) => {
    protectedSource += clean.slice(last, ref.index) + OPEN + n + CLOSE;
    last = ref.index + ref.length;
  });
  protectedSource += clean.slice(last);

  return parseTemplate(protectedSource, (text) =>
    text.replace(PLACEHOLDER, (_, n: string) => values[refs[Number(n)].key as keyof VariableValues] ?? ''),
  );
}
