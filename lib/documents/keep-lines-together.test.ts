import type { Node, NodeQueries } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { keepLinesTogether } from './keep-lines-together';

/** A node as pdfmake describes it to the hook; `room` is the height left below where it starts. */
function node(opts: { text?: boolean; heading?: boolean; pages?: number[]; room: number }): Node {
  const inner = 700;
  return {
    text: opts.text === false ? undefined : 'x',
    headlineLevel: opts.heading ? 2 : undefined,
    pageNumbers: opts.pages ?? [1],
    pages: 2,
    stack: false,
    startPosition: {
      pageNumber: 1,
      pageOrientation: 'portrait',
      pageInnerHeight: inner,
      pageInnerWidth: 480,
      left: 0,
      top: 0,
      verticalRatio: 1 - opts.room / inner,
      horizontalRatio: 0,
    },
  };
}

const following = (...nodes: Node[]): NodeQueries => ({
  getFollowingNodesOnPage: () => nodes,
  getNodesOnNextPage: () => [],
  getPreviousNodesOnPage: () => [],
});

describe('keepLinesTogether', () => {
  it('moves a paragraph that would leave only its first line at the foot of the page', () => {
    expect(keepLinesTogether()(node({ pages: [1, 2], room: 20 }), following())).toBe(true);
  });

  it('lets a paragraph split when at least two lines stay on the first page', () => {
    expect(keepLinesTogether()(node({ pages: [1, 2], room: 40 }), following())).toBe(false);
    expect(keepLinesTogether()(node({ pages: [1], room: 20 }), following())).toBe(false);
  });

  it('moves a heading that would end a page, or be followed there by a single line', () => {
    const hook = keepLinesTogether();
    expect(hook(node({ heading: true, room: 30 }), following())).toBe(true);
    expect(hook(node({ heading: true, room: 40 }), following(node({ pages: [1, 2], room: 18 })))).toBe(true);
    expect(hook(node({ heading: true, room: 200 }), following(node({ pages: [1, 2], room: 180 })))).toBe(false);
  });

  it('stops moving things after a few moves, since each one re-lays the document out', () => {
    const hook = keepLinesTogether(2);
    const orphan = node({ pages: [1, 2], room: 10 });
    expect([hook(orphan, following()), hook(orphan, following()), hook(orphan, following())]).toEqual([true, true, false]);
  });
});
