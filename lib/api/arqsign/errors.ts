import { arqsignMessages } from './messages';

/** What the compatible endpoint answers when it refuses: the reference's status and words. */
export class ArqsignError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 422 | 429 | 500,
    readonly messages: string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(messages[0]);
    this.name = 'ArqsignError';
  }
}

/**
 * Collects refusals while a request is checked, by family, so one answer lists every item of the
 * first family that failed: unknown parameters, then required items, wrong formats, missing ids
 * (400), then the rules of the process (422).
 */
export class Findings {
  unknown = false;
  required: string[] = [];
  format: string[] = [];
  missingIds: string[] = [];
  rules: string[] = [];
  badRequest: string[] = [];

  add(kind: 'required' | 'format' | 'missingIds' | 'rules' | 'badRequest', item: string) {
    if (!this[kind].includes(item)) this[kind].push(item);
  }

  get empty() {
    return !this.unknown && !this.required.length && !this.format.length && !this.missingIds.length && !this.rules.length && !this.badRequest.length;
  }

  /** Throws the answer for what was found, if anything. */
  throwIfAny() {
    const m = arqsignMessages;
    const bad: string[] = [];
    if (this.unknown) bad.push(m.unknownParameter);
    if (this.required.length) bad.push(m.required(this.required));
    bad.push(...this.badRequest);
    if (this.format.length) bad.push(m.format(this.format));
    if (this.missingIds.length) bad.push(m.missingIds(this.missingIds));
    if (bad.length) throw new ArqsignError(400, [...bad, ...this.rules]);
    if (this.rules.length) throw new ArqsignError(422, this.rules);
  }
}
