// A real RFC 3161 time-stamp authority on 127.0.0.1 for tests: `openssl ts -reply` signs each request
// with a throwaway TSA certificate (extendedKeyUsage critical timeStamping). Not imported by app code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type LocalTsa = {
  url: string;
  /** Requests answered so far (failures included). */
  requests: () => number;
  /** While down, every request gets HTTP 503, as a TSA in maintenance would answer. */
  setDown: (down: boolean) => void;
  close: () => Promise<void>;
};

export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rubrica-tsa-'));
  const f = (name: string) => path.join(dir, name);
  fs.writeFileSync(f('serial'), '01\n');
  fs.writeFileSync(
    f('tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa1',
      '[ tsa1 ]',
      `serial = ${f('serial')}`,
      'crypto_device = builtin',
      `signer_cert = ${f('tsa.crt')}`,
      `signer_key = ${f('tsa.key')}`,
      'signer_digest = sha256',
      'default_policy = 1.3.6.1.4.1.99999.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = no',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('tsa.key'), '-out', f('tsa.crt'), '-days', '2',
    '-subj', '/CN=Rubrica Test TSA/O=Rubrica Testes', '-addext', 'extendedKeyUsage=critical,timeStamping', '-addext', 'keyUsage=critical,digitalSignature',
  ], { stdio: 'pipe' });

  let down = false;
  let count = 0;
  let seq = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      if (down || req.method !== 'POST') {
        res.writeHead(down ? 503 : 405).end();
        return;
      }
      const n = ++seq;
      try {
        fs.writeFileSync(f(`q${n}.tsq`), Buffer.concat(chunks));
        execFileSync('openssl', ['ts', '-reply', '-config', f('tsa.cnf'), '-queryfile', f(`q${n}.tsq`), '-out', f(`r${n}.tsr`)], { stdio: 'pipe' });
        const reply = fs.readFileSync(f(`r${n}.tsr`));
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply', 'Content-Length': reply.length }).end(reply);
      } catch (err) {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String((err as { stderr?: Buffer }).stderr ?? err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    requests: () => count,
    setDown: (d) => {
      down = d;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(dir, { recursive: true, force: true });
      }),
  };
}
