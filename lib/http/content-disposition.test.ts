import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('content-disposition', () => {
  it('keeps accents in the UTF-8 name and gives old clients a safe ASCII one', () => {
    expect(contentDisposition('inline', 'Contrato de prestação "fibra".pdf')).toBe(
      `inline; filename="Contrato de prestacao _fibra_.pdf"; filename*=UTF-8''Contrato%20de%20presta%C3%A7%C3%A3o%20%22fibra%22.pdf`,
    );
  });

  it('cannot be used to add header parameters or lines', () => {
    const header = contentDisposition('attachment', 'a";\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a_;__Set-Cookie: x=1.pdf"; filename*=')).toBe(true);
  });
});
