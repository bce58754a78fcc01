import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:fuzz`: the property tests at scale (VINKJE_FUZZ_RUNS, see test/fuzz/runs.ts), with
// the total of generated cases printed at the end. `npm run test:unit` runs the same files, small.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.property.test.ts', 'test/**/*.property.test.ts'],
    environment: 'node',
    env: { VINKJE_FUZZ_RUNS: process.env.VINKJE_FUZZ_RUNS ?? '10000' },
    setupFiles: ['test/fuzz/count-cases.ts'],
    reporters: ['default', './test/fuzz/case-count-reporter.ts'],
    testTimeout: 600_000,
  },
});
