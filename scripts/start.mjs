// `npm start`: install what is missing, build if stale, then serve (migrations run at boot).
import { ensureBuild, ensureDependencies, root } from './lib/setup.mjs';

const t = Date.now();
ensureDependencies();
ensureBuild();
console.log(`→ Preparação concluída em ${((Date.now() - t) / 1000).toFixed(1)} s; iniciando o servidor…`);
process.chdir(root);
await import('./serve.mjs');
