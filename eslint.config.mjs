import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'next-env.d.ts'],
  },
  {
    // Do not parse dependencies for import rules (PGlite's bundled chunks overflow the parser).
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      // Data flows one way: app/ → lib/<domain>/ → lib/db/ (shared/CONVENTIONS.md).
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './app', from: './lib/db', message: 'Pages and actions call lib/<domain> use-cases, never the database.' },
            { target: './components', from: './lib/db', message: 'Components never touch the database.' },
            { target: './lib', from: './app', message: 'lib/ must not depend on app/.' },
            { target: './lib', from: './components', message: 'lib/ must not depend on components/.' },
          ],
        },
      ],
      'import/no-cycle': ['error', { maxDepth: 5, ignoreExternal: true }],
      'import/no-default-export': 'off',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call a function named `use`; it is not a React hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
