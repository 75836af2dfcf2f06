import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * An N-page A4 PDF with a heading and a few paragraphs per page, in a standard (not embedded)
 * font, as many real contracts are: for the reader's tests and benchmarks.
 */
export async function samplePdf(pages: number, title = 'Contrato de teste'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const line = 'Clausula de teste com texto corrido para ocupar a pagina como um contrato de verdade ocuparia.';
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(`${title} - pagina ${n} de ${pages}`, { x: 56, y: 780, size: 16, font: bold });
    for (let i = 0; i < 40; i++) page.drawText(`${n}.${i + 1} ${line}`, { x: 56, y: 740 - i * 17, size: 9.5, font });
  }
  return pdf.save();
}
