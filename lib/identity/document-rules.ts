// Pure rules that compare what the ID document says with who the signer is. No I/O: unit-tested
// in document-rules.test.ts.

/** Name similarity at or above this passes (1 = identical after folding accents, case and spacing). */
export const NAME_SIMILARITY_THRESHOLD = 0.85;

/** Accents, case, punctuation and spacing do not count: "JOSÉ DA CONCEIÇÃO" ≡ "jose da conceicao". */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** 1 − edit distance / longer length, on folded names. */
export function nameSimilarity(a: string, b: string): number {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return 0;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}

/**
 * The best match of the signer's name anywhere in the document's text: every run of words of the
 * name's length (± 1, for a word OCR split or joined) is compared, so labels around it ("NOME",
 * "FILIAÇÃO") do not lower the score. A missing surname costs a whole word of characters.
 */
export function bestNameMatch(documentText: string, expectedName: string): { score: number; found: string | null } {
  const words = foldName(documentText).split(' ').filter(Boolean);
  const target = foldName(expectedName);
  const n = target.split(' ').length;
  let best = { score: 0, found: null as string | null };
  for (let size = Math.max(1, n - 1); size <= n + 1; size++) {
    for (let i = 0; i + size <= words.length; i++) {
      const candidate = words.slice(i, i + size).join(' ');
      const score = nameSimilarity(candidate, target);
      if (score > best.score) best = { score, found: candidate };
    }
  }
  return { score: Math.round(best.score * 1000) / 1000, found: best.found };
}

export function nameMatches(documentText: string, expectedName: string) {
  const { score, found } = bestNameMatch(documentText, expectedName);
  return { passed: score >= NAME_SIMILARITY_THRESHOLD, score, found };
}

// 000.000.000-00 with the usual separators (dot, hyphen, slash, space) or none; OCR may put a
// space around them. Longer digit runs (RG numbers, dates glued together) are not CPFs.
const CPF_IN_TEXT = /(?<![\d])(\d{3})\s?[.\s]?\s?(\d{3})\s?[.\s]?\s?(\d{3})\s?[-/\s.]?\s?(\d{2})(?![\d])/g;

// Letters OCR reads in place of digits on printed numbers: O/D/Q for 0, I/l/| for 1, S for 5, B for 8…
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', G: '6', B: '8' };
const LOOKALIKE = `[${Object.keys(DIGIT_LOOKALIKES).join('').replace('|', '\\|')}]`;
// A look-alike counts as a digit only inside a number: digits (or a number's separators) on both
// sides, or a digit on one side and no letter on the other. Words ("CPF", "DE") stay words.
const LOOKALIKE_IN_NUMBER = new RegExp(
  `(?<=[\\d.\\-/])${LOOKALIKE}(?=[\\d.\\-/])|(?<![\\p{L}])${LOOKALIKE}(?=\\d)|(?<=\\d)${LOOKALIKE}(?![\\p{L}])`,
  'gu',
);

/** The text with look-alike letters inside numbers read as the digits they stand for. */
export function digitsAsPrinted(text: string): string {
  let prev = '';
  let cur = text;
  // Twice at most: "1lI.444" needs the first fix to anchor the second.
  for (let i = 0; i < 3 && cur !== prev; i++) {
    prev = cur;
    cur = cur.replace(LOOKALIKE_IN_NUMBER, (c) => DIGIT_LOOKALIKES[c]);
  }
  return cur;
}

/** Every 11-digit CPF-shaped number in the text, as digits (look-alike letters read as digits). */
export function findCpfs(text: string): string[] {
  const out = new Set<string>();
  for (const m of digitsAsPrinted(text).matchAll(CPF_IN_TEXT)) out.add(m.slice(1, 5).join(''));
  return [...out];
}

/** Exact digits: one digit off is another person's CPF, so there is no similarity here. */
export function cpfMatches(documentText: string, expectedCpf: string) {
  const expected = expectedCpf.replace(/\D/g, '');
  const found = findCpfs(documentText);
  return { passed: expected.length === 11 && found.includes(expected), found };
}
