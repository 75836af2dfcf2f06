import path from 'node:path';

/** Debian's chromium with the flags every project uses (shared/STACK.md). */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export const cameraDir = path.resolve('.tmp/identity-camera');

/**
 * Chromium whose webcam plays a y4m made by e2e/identity.setup.ts from a face-api sample photo:
 * one person, two people or nobody. `deny` refuses the camera permission instead of granting it.
 */
export function fakeCamera(file: 'one-face' | 'two-faces' | 'no-face', opts: { deny?: boolean } = {}) {
  return {
    ...chromiumLaunch,
    args: [
      ...chromiumLaunch.args,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${path.join(cameraDir, `${file}.y4m`)}`,
      opts.deny ? '--deny-permission-prompts' : '--use-fake-ui-for-media-stream',
    ],
  };
}
