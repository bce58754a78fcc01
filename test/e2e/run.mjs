// Runs every end-to-end scenario against the built extension, first in Chromium, then in Firefox.
// Any failure in either browser fails the run; a summary line counts both.
import { spawnSync } from 'node:child_process';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
const extra = process.argv.slice(2);
let failed = [];
for (const browser of browsers) {
  console.log(`\n=== End-to-end scenarios in ${browser} ===`);
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BROWSER: browser },
  });
  if (run.status !== 0) failed.push(browser);
}
if (failed.length) {
  console.error(`\nEnd-to-end scenarios failed in: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nEnd-to-end scenarios passed in: ${browsers.join(', ')}`);
