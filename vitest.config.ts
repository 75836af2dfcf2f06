import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);
const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const shared = {
  resolve: {
    alias: {
      '@': root,
      // 'server-only' throws outside React Server Components; in tests the whole process is server.
      'server-only': path.join(root, 'lib/testing/empty.ts'),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.int.test.ts'] },
      },
      {
        ...shared,
        test: {
          name: 'pglite',
          include: ['lib/**/*.int.test.ts'],
          env: { RUBRICA_TEST_DRIVER: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(pgUrl
        ? [
            {
              ...shared,
              test: {
                name: 'postgres',
                include: ['lib/**/*.int.test.ts'],
                env: { RUBRICA_TEST_DRIVER: 'postgres', TEST_DATABASE_URL: pgUrl },
                globalSetup: ['lib/testing/pg-global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
