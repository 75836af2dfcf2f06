/**
 * Rules for the files a signer uploads ("anexos"): PDF, JPEG or PNG up to 10 MB, the type told by
 * the file's first bytes — never by its name or the browser's claim, which anyone can change.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: [AttachmentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The file's real type from its magic bytes, or null when it is none of the accepted ones. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  for (const [type, magic] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

const EXTENSIONS: Record<AttachmentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * A safe download name: the signer's own file name without path or control characters, with the
 * extension of its real type (a PNG called "rg.pdf" is served as "rg.png").
 */
export function attachmentFileName(original: string, type: AttachmentType): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'anexo'}.${EXTENSIONS[type]}`;
}

export const ATTACHMENT_TYPE_MESSAGE = 'Envie um arquivo PDF, JPG ou PNG.';
export const ATTACHMENT_SIZE_MESSAGE = 'O arquivo passa de 10 MB. Envie um arquivo menor (uma foto em qualidade normal costuma ter menos de 5 MB).';
