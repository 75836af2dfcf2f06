import QRCode from 'qrcode';

/**
 * The dark modules of a QR code as horizontal runs, ready to draw as vector rectangles (crisp at
 * any zoom or print size, a few hundred bytes in the PDF). Error correction M survives a folded
 * or slightly stained printout.
 */
export function qrRuns(text: string): { size: number; runs: { row: number; col: number; length: number }[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const runs: { row: number; col: number; length: number }[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size, runs };
}
