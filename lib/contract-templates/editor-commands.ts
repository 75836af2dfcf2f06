/*
 * The Markdown editor's toolbar as pure functions: each command looks at the text and the
 * selection and returns one replacement (a range and its new text) plus where the selection ends
 * up. The editor applies it as a single edit, so the browser's undo takes it back in one step.
 */

export type EditorState = { value: string; start: number; end: number };
export type Edit = { from: number; to: number; insert: string; selStart: number; selEnd: number };

export function applyEdit(value: string, edit: Edit): string {
  return value.slice(0, edit.from) + edit.insert + value.slice(edit.to);
}

/** Replaces the selection (or inserts at the cursor) and puts the cursor after the text. */
export function insertText(s: EditorState, text: string): Edit {
  const at = s.start + text.length;
  return { from: s.start, to: s.end, insert: text, selStart: at, selEnd: at };
}

/** **bold** / *italic* around the selection; with nothing selected, a placeholder that stays selected. */
export function wrapSelection(s: EditorState, marker: string, placeholder: string): Edit {
  const selected = s.value.slice(s.start, s.end);
  // Markdown does not close "** texto **": keep the spaces the selection caught outside the markers.
  const lead = selected.match(/^\s*/)![0];
  const trail = selected.slice(lead.length).match(/\s*$/)![0];
  const inner = selected.slice(lead.length, selected.length - trail.length) || placeholder;
  const insert = `${lead}${marker}${inner}${marker}${trail}`;
  const selStart = s.start + lead.length + marker.length;
  return { from: s.start, to: s.end, insert, selStart, selEnd: selStart + inner.length };
}

function lineRange(s: EditorState) {
  const from = s.value.lastIndexOf('\n', s.start - 1) + 1;
  // A selection ending right after a line break does not take in the next line.
  const endAt = s.end > s.start && s.value[s.end - 1] === '\n' ? s.end - 1 : s.end;
  const next = s.value.indexOf('\n', endAt);
  return { from, to: next === -1 ? s.value.length : next };
}

const LINE_MARK = /^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/;

/**
 * Makes each selected line a heading or list item, replacing whatever heading or list mark it had
 * (so "Lista numerada" over a bulleted list renumbers it). An empty line gets the placeholder.
 */
export function prefixLines(s: EditorState, prefix: (index: number) => string, placeholder: string): Edit {
  const { from, to } = lineRange(s);
  const lines = s.value.slice(from, to).split('\n');
  let n = 0;
  const out = lines.map((line) => {
    if (lines.length > 1 && line.trim() === '') return line;
    const text = line.replace(LINE_MARK, '');
    return prefix(n++) + (text.trim() === '' ? placeholder : text);
  });
  const insert = out.join('\n');
  if (lines.length === 1 && lines[0].replace(LINE_MARK, '').trim() === '') {
    // A fresh item: select the placeholder so typing replaces it.
    const selStart = from + prefix(0).length;
    return { from, to, insert, selStart, selEnd: selStart + placeholder.length };
  }
  return { from, to, insert, selStart: from, selEnd: from + insert.length };
}

/** A block (table, page break) on lines of its own, a blank line before and after it; the cursor goes below. */
export function insertBlock(s: EditorState, block: string): Edit {
  const before = s.value.slice(0, s.start);
  const after = s.value.slice(s.end);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const insert = `${lead}${block}${trail}`;
  const at = s.start + insert.length;
  return { from: s.start, to: s.end, insert, selStart: at, selEnd: at };
}
