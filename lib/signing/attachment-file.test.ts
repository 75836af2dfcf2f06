import { describe, expect, it } from 'vitest';
import { attachmentFileName, detectAttachmentType } from './attachment-file';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 1, 2, 3]);

describe('signer attachments are told apart by content', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(detectAttachmentType(new TextEncoder().encode('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(detectAttachmentType(new TextEncoder().encode('<html>not a pdf</html>'))).toBeNull();
    expect(detectAttachmentType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // a .docx (zip)
    expect(detectAttachmentType(new Uint8Array())).toBeNull();
    expect(detectAttachmentType(new TextEncoder().encode('%PD'))).toBeNull();
  });

  it('names the download after the real type, without paths or control characters', () => {
    expect(attachmentFileName('comprovante.pdf', 'application/pdf')).toBe('comprovante.pdf');
    expect(attachmentFileName('C:\\Users\\ana\\rg frente.PDF', 'image/png')).toBe('rg frente.png');
    expect(attachmentFileName('../../etc/passwd', 'image/jpeg')).toBe('passwd.jpg');
    expect(attachmentFileName('\u0000\n', 'application/pdf')).toBe('anexo.pdf');
  });
});
