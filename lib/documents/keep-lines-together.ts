import type { Node, NodeQueries } from 'pdfmake/interfaces';

/*
 * pdfmake has no widow/orphan or keep-with-next settings; its pageBreakBefore hook is the way to
 * get them. Each `true` makes pdfmake lay the whole document out again, so a long document with
 * many awkward breaks would cost a layout per break: past `maxMoves` the remaining ones are left be.
 */

/** Two body lines (10.5 pt Roboto at line height 1.3 is ≈ 16 pt): less room than this fits one line. */
const TWO_LINES = 32;

/** Room left on the page below where the node starts. */
const roomBelow = (node: Node) => node.startPosition.pageInnerHeight * (1 - node.startPosition.verticalRatio);

/** A paragraph that would leave a single line at the foot of a page and carry on overleaf. */
function isOrphaned(node: Node): boolean {
  return node.text !== undefined && node.pageNumbers.length > 1 && roomBelow(node) < TWO_LINES;
}

/**
 * A pageBreakBefore hook for one document: moves to the next page a paragraph whose first line
 * alone would sit at the foot of a page, and a heading that would end a page or be followed there
 * by just one line.
 */
export function keepLinesTogether(maxMoves = 10): (node: Node, nodes: NodeQueries) => boolean {
  let moves = 0;
  return (node, nodes) => {
    if (moves >= maxMoves) return false;
    const move = node.headlineLevel
      ? (() => {
          const next = nodes.getFollowingNodesOnPage()[0];
          return next === undefined || isOrphaned(next);
        })()
      : isOrphaned(node);
    if (move) moves++;
    return move;
  };
}
