// `npm test`: set up what the tests need, then type-check, lint, unit + integration tests
// (PGlite, and PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set), and the Playwright e2e
// suite against the production build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild, ensureDependencies, root, run } from './lib/setup.mjs';

/** Debian packages the test suite uses: the browser for e2e, its fonts, ffmpeg (fake webcam videos for the identity e2e), and poppler (pdftotext/pdfinfo/pdfsig), qpdf and openssl to check PDFs and signatures independently. */
const DEBIAN_PACKAGES = ['chromium', 'ffmpeg', 'fonts-dejavu-core', 'poppler-utils', 'qpdf', 'openssl'];

function ensureSystemPackages() {
  const missing = DEBIAN_PACKAGES.filter(
    (p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true,
  );
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `\n✗ Faltam pacotes do sistema para os testes: ${missing.join(', ')}.\n` +
        `  Instale com: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        '  (ou aponte CHROMIUM_PATH para um Chromium já instalado). Nunca use "npx playwright install".',
    );
    process.exit(1);
  }
  console.log(`→ Instalando pacotes do sistema: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

const steps = [];
function step(name, fn) {
  const t = Date.now();
  console.log(`\n━━ ${name}`);
  fn();
  steps.push(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const started = Date.now();

step('Preparação', () => {
  ensureDependencies();
  if (!process.env.CHROMIUM_PATH) ensureSystemPackages();
});
step('Tipos (tsc)', () => run(bin('tsc'), ['--noEmit']));
step('Lint (eslint)', () => run(bin('eslint'), ['--max-warnings=0', '.']));
step('Unitários e integração (vitest)', () => run(bin('vitest'), ['run']));
step('Build de produção', () => ensureBuild());
step('e2e (Playwright + Chromium)', () => {
  const dataDir = path.join(root, '.tmp', 'e2e-data');
  fs.rmSync(dataDir, { recursive: true, force: true });
  run(bin('playwright'), ['test'], { env: { ...process.env, E2E_DATA_DIR: dataDir } });
});

console.log(`\n✓ Todos os testes passaram em ${((Date.now() - started) / 1000).toFixed(0)} s\n  ${steps.join('\n  ')}`);
