import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { nobody, selfieOf, twoPeople } from '../lib/identity/testing/identity-fixtures';
import { cameraDir } from './fake-camera';

/**
 * Fake cameras made from the face-api sample photos: one person (the selfie), two people, nobody.
 * Y4M, 4:2:0 (MJPEG would need format=yuvj420p; the default yuvj422p shows green frames).
 */
setup('fake cameras from the face-api sample photos', async () => {
  fs.mkdirSync(cameraDir, { recursive: true });
  const shots = { 'one-face': await selfieOf('ana'), 'two-faces': await twoPeople(), 'no-face': await nobody() };
  for (const [name, jpeg] of Object.entries(shots)) {
    const jpg = path.join(cameraDir, `${name}.jpg`);
    fs.writeFileSync(jpg, jpeg);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', jpg, '-t', '1', '-r', '10', '-pix_fmt', 'yuv420p', path.join(cameraDir, `${name}.y4m`)]);
  }
});
