import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export type SelfSignedChain = { p12: Uint8Array; rootPem: string; signingPem: string };

/** DNs stay ASCII: a non-ASCII issuer name breaks signature validation in common readers (STACK.md). */
function asciiOnly(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, 64) || 'Rubrica';
}

function keyPair() {
  // Node's native generator: forge's pure-JS one takes seconds for RSA-2048.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f; // positive INTEGER
  return bytes.toString('hex');
}

/**
 * A two-level chain (root CA + signing certificate) for installations without an ICP-Brasil A1:
 * signatures validate as intact everywhere, and anyone who imports the root as trusted sees them
 * as trusted too. Production should install a real certificate (RUBRICA_SIGNING_P12).
 */
export function generateSelfSignedChain(opts: { organization: string; password: string; now?: Date }): SelfSignedChain {
  const now = opts.now ?? new Date();
  const org = asciiOnly(opts.organization);
  const years = (n: number) => new Date(Date.UTC(now.getUTCFullYear() + n, now.getUTCMonth(), now.getUTCDate()));

  const rootKeys = keyPair();
  const root = forge.pki.createCertificate();
  root.publicKey = rootKeys.publicKey;
  root.serialNumber = serial();
  root.validity.notBefore = new Date(now.getTime() - 60_000);
  root.validity.notAfter = years(20);
  const rootName = [
    { name: 'commonName', value: `${org} Raiz de Selagem (autoassinada)` },
    { name: 'organizationName', value: org },
    { name: 'countryName', value: 'BR' },
  ];
  root.setSubject(rootName);
  root.setIssuer(rootName);
  root.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  root.sign(rootKeys.privateKey, forge.md.sha256.create());

  const leafKeys = keyPair();
  const leaf = forge.pki.createCertificate();
  leaf.publicKey = leafKeys.publicKey;
  leaf.serialNumber = serial();
  leaf.validity.notBefore = new Date(now.getTime() - 60_000);
  leaf.validity.notAfter = years(5);
  leaf.setSubject([
    { name: 'commonName', value: `${org} Selo Eletronico` },
    { name: 'organizationName', value: org },
    { name: 'countryName', value: 'BR' },
  ]);
  leaf.setIssuer(rootName);
  leaf.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    // id-kp-documentSigning (RFC 9336)
    { name: 'extKeyUsage', '1.3.6.1.5.5.7.3.36': true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: root.generateSubjectKeyIdentifier().getBytes() },
  ]);
  leaf.sign(rootKeys.privateKey, forge.md.sha256.create());

  const asn1 = forge.pkcs12.toPkcs12Asn1(leafKeys.privateKey, [leaf, root], opts.password, { algorithm: 'aes256', friendlyName: `${org} Selo Eletronico` });
  const der = forge.asn1.toDer(asn1).getBytes();
  return {
    p12: new Uint8Array(Buffer.from(der, 'binary')),
    rootPem: forge.pki.certificateToPem(root),
    signingPem: forge.pki.certificateToPem(leaf),
  };
}
