import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uniqueNames, zipFiles } from './zip';

describe('zipFiles', () => {
  it('writes an archive that unzip-compatible readers list and extract intact', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    const a = Buffer.from('%PDF-1.7 um'.repeat(100));
    const b = Buffer.from('%PDF-1.7 dois');
    fs.writeFileSync(path.join(dir, 'x.zip'), zipFiles([{ name: 'contrato ção.pdf', bytes: a }, { name: 'anexo.pdf', bytes: b }]));
    execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); z.extractall(sys.argv[2])`, path.join(dir, 'x.zip'), dir]);
    expect(fs.readFileSync(path.join(dir, 'contrato ção.pdf'))).toEqual(a);
    expect(fs.readFileSync(path.join(dir, 'anexo.pdf'))).toEqual(b);
  });
  it('keeps names distinct', () => {
    expect(uniqueNames(['a.pdf', 'A.pdf', 'b/c.pdf'])).toEqual(['a.pdf', 'A (2).pdf', 'b_c.pdf']);
  });
});
