// Shared by `npm start` and `npm test`: plain Node, no dependencies, so it runs before they are installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} falhou (código ${res.status ?? res.signal}).`);
    process.exit(res.status ?? 1);
  }
}

function hashFiles(paths) {
  const h = createHash('sha256');
  const walk = (p) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return;
    const st = fs.statSync(full);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) walk(path.join(p, name));
    } else {
      h.update(p);
      h.update(fs.readFileSync(full));
    }
  };
  paths.forEach(walk);
  return h.digest('hex');
}

/** Installs dependencies when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const stamp = path.join(root, 'node_modules', '.rubrica-deps');
  const want = hashFiles(['package.json', 'package-lock.json']);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return false;
  // Not `npm ci`: the registry here lacks some optional platform packages (e.g. @swc/core-darwin-*),
  // which npm ci insists on finding in the lock; install still follows the lock's pinned versions.
  console.log('→ Instalando dependências (npm install)…');
  const t = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save']);
  fs.writeFileSync(stamp, want);
  console.log(`  dependências instaladas em ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return true;
}

const buildInputs = [
  'app', 'components', 'lib', 'messages', 'public', 'drizzle', 'instrumentation.ts', 'next.config.ts',
  'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json',
];

/** Builds the production bundle when it is missing or any of its sources changed. */
export function ensureBuild() {
  const stamp = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'rubrica-build-hash');
  const want = hashFiles(buildInputs);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return false;
  console.log('→ Compilando o Rubrica (next build)…');
  const t = Date.now();
  run(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  fs.writeFileSync(stamp, want);
  console.log(`  compilado em ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return true;
}
