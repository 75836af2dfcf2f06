import type { ContentText } from 'pdfmake/interfaces';
import type { TextRun } from './parse-template';

/*
 * Text runs → pdfmake inlines, one per word. pdfmake's justification adds the line's spare width
 * between *every* pair of inlines, and its own word splitting also breaks inside "e-mail" or
 * "Paulo/SP"; together they printed gaps in the middle of words ("e- mail", "Paulo/ SP", "Anexo I ,").
 * So each word is its own unbreakable inline and every inline ends at a space where it can: lines
 * break only at spaces, and justification widens only the spaces.
 */

type Inline = ContentText & { text: string };

/** Words that read wrong at the end of a line, away from the number that follows them. */
const GLUED_TO_NEXT = /^(?:R\$|nº|Nº|n\.º|§)[ \t]+$/;
/** Longer than this, a word (a URL, an e-mail) may still break inside, or it would overflow the margin. */
const LONG_WORD = 40;
const SPACE_ONLY = /^[ \t]+$/;
/** Punctuation that closes on the word before it, and that opens on the word after it. */
const CLOSING = /^[,.;:!?)\]}”’…%ºª]+[ \t]*$/;
const OPENING = /^[([{“‘]+$/;

function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const piece of text.match(/[^ \t]+[ \t]*|[ \t]+/g) ?? []) {
    const previous = words.at(-1);
    if (previous !== undefined && GLUED_TO_NEXT.test(previous)) words[words.length - 1] = previous + piece;
    else words.push(piece);
  }
  return words;
}

function styleOf(r: TextRun): Omit<ContentText, 'text'> {
  return {
    ...(r.bold && { bold: true }),
    ...(r.italics && { italics: true }),
    ...(r.strike && { decoration: 'lineThrough' as const }),
    ...(r.link && { link: r.link, decoration: 'underline' as const, color: '#1a4f8b' }),
  };
}

/**
 * Where a style changes inside a word ("**Anexo I**," or "(**Anexo I**)"), the punctuation joins
 * the neighbouring word and takes its style: a bold comma looks like a comma, a gap does not.
 * A lone space joins the word before it for the same reason.
 */
function append(out: Inline[], next: Inline) {
  const prev = out.at(-1);
  const joinable = prev && prev.text !== '\n' && next.text !== '\n' && !prev.link && !next.link;
  if (joinable && !/[ \t]$/.test(prev.text)) {
    if (SPACE_ONLY.test(next.text) || CLOSING.test(next.text)) {
      prev.text += next.text;
      return;
    }
    if (OPENING.test(prev.text)) {
      out[out.length - 1] = { ...next, text: prev.text + next.text };
      return;
    }
  }
  if (joinable && SPACE_ONLY.test(next.text)) {
    prev.text += next.text;
    return;
  }
  out.push(next);
}

export function buildPdfInlines(runs: TextRun[]): ContentText[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const style = styleOf(run);
    run.text.split('\n').forEach((line, i) => {
      // A hard line break stays a breakable "\n": pdfmake ends the line there.
      if (i > 0) append(out, { text: '\n', ...style });
      for (const word of splitWords(line)) append(out, { text: word, noWrap: word.length <= LONG_WORD, ...style });
    });
  }
  return out;
}
