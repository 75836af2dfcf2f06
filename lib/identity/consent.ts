import { createHash } from 'node:crypto';

/** Bumped whenever the wording changes; the evidence keeps the version and the SHA-256 of the text shown. */
export const IDENTITY_CONSENT_VERSION = 'lgpd-identidade-v1';

/**
 * The LGPD notice shown before any camera use (art. 11, II, "a" and "g": sensitive personal data,
 * for the prevention of fraud and the security of the holder in electronic identification). One
 * source for what the page renders and what the evidence hashes.
 */
export function identityConsentText(p: { sender: string; retentionYears: number; selfie: boolean; document: boolean }): string[] {
  const what = [p.selfie ? 'uma selfie' : null, p.document ? 'a foto do seu documento de identidade (RG ou CNH)' : null].filter(Boolean).join(' e ');
  return [
    `Para confirmar que é você quem assina este documento, ${p.sender} pede ${what}.`,
    `Finalidade: provar a sua identidade nesta assinatura${p.selfie && p.document ? ', comparando o rosto da selfie com a foto do documento' : ''}${p.document ? ' e o nome e o CPF do documento com o seu cadastro' : ''}. As imagens não são usadas para nenhum outro fim.`,
    'O que guardamos: as imagens, cifradas e separadas dos documentos, o resultado de cada verificação e o texto lido do documento. Se a verificação automática não confirmar, uma pessoa da equipe de ' +
      `${p.sender} analisa as imagens.`,
    `Por quanto tempo: ${p.retentionYears} ${p.retentionYears === 1 ? 'ano' : 'anos'} após a conclusão do documento; depois as imagens são apagadas e ficam só as impressões digitais (hashes SHA-256) no registro da assinatura.`,
    'Base legal: dados pessoais sensíveis (biometria), tratados com o seu consentimento e para prevenir fraude na sua identificação eletrônica (Lei 13.709/2018, LGPD, art. 11). Você pode pedir informações ou a exclusão dos seus dados a quem enviou o documento; sem as imagens, porém, não é possível assinar por este link.',
  ];
}

export function consentTextSha256(paragraphs: string[]): string {
  return createHash('sha256').update(paragraphs.join('\n\n')).digest('hex');
}
