import { defineConfig } from 'vitest/config';

// End-to-end scenarios: the built extension in a real browser, one browser per run (E2E_BROWSER).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
