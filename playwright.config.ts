import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch, fakeCamera } from './e2e/fake-camera';

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;

/** Debian's chromium, never a downloaded browser (shared/STACK.md). */
const chromium = chromiumLaunch;

export default defineConfig({
  testDir: './e2e',
  outputDir: '.tmp/test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'console', testDir: './e2e/console', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 }, launchOptions: chromium } },
    { name: 'signer', testDir: './e2e/signer', use: { ...devices['Pixel 5'], viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, launchOptions: chromium } },
    { name: 'identity-setup', testDir: './e2e', testMatch: 'identity.setup.ts' },
    // The signer portal with a fake webcam (identity proof); each spec picks its camera with fakeCamera().
    {
      name: 'signer-camera',
      testDir: './e2e/signer-camera',
      dependencies: ['identity-setup'],
      use: { ...devices['Pixel 5'], viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, launchOptions: fakeCamera('one-face') },
    },
  ],
  webServer: {
    // The production build on the embedded PGlite, exactly as `npm start` serves it.
    command: 'node scripts/serve.mjs',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      RUBRICA_DATA_DIR: process.env.E2E_DATA_DIR ?? '.tmp/e2e-data',
      RUBRICA_PUBLIC_URL: baseURL,
      RUBRICA_TEST_HOOKS: '1',
      // The e2e webhook receiver listens on 127.0.0.1.
      RUBRICA_ALLOW_PRIVATE_WEBHOOKS: '1',
      RUBRICA_ADMIN_EMAIL: 'dono@e2e.rubrica.local',
      RUBRICA_ADMIN_PASSWORD: 'senha-do-dono-e2e',
      DATABASE_URL: '',
    },
  },
});
