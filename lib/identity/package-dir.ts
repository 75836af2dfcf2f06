import path from 'node:path';

/**
 * A dependency's folder, found at run time under the app's node_modules. Not require.resolve:
 * the bundler rewrites that into a module id in the server build. The server always runs from the
 * project folder (npm start, scripts/serve.mjs, tests).
 */
export function packageDir(name: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', name);
}
