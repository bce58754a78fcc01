// @ts-check
// Before the demo and the tests: are Debian's chromium and firefox-esr there? When one is missing and
// this user may install packages (root, or sudo without a password), install it from Debian, as
// .ci/run does, and say so. Otherwise print the one command to run, and stop.
// Usage: node scripts/ensure-browsers.mjs chromium [firefox-esr]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { browserSetupPlan } from './browser-setup-plan.mjs';

/** Where each package's browser is found; an environment variable pointing at another build counts too. */
const FOUND = {
  chromium: [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'],
  'firefox-esr': [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'],
};

const wanted = process.argv.slice(2).filter((name) => name in FOUND);
const missing = wanted.filter((name) => !FOUND[/** @type {keyof typeof FOUND} */ (name)].some((p) => p && fs.existsSync(p)));
const plan = browserSetupPlan({
  missing,
  isRoot: process.getuid?.() === 0,
  passwordlessSudo: missing.length > 0 && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
});

if (plan.action === 'stop') {
  console.error(`Nodig en niet gevonden: ${missing.join(', ')}. Installeer ${missing.length > 1 ? 'ze' : 'het'} eerst met:\n\n  ${plan.command}\n`);
  console.error(`(Needed and not found: ${missing.join(', ')}. Install with the command above, then run this again.)`);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`Niet gevonden: ${missing.join(', ')}. Ik installeer ${missing.length > 1 ? 'ze' : 'het'} uit Debian (ongeveer 30 s):`);
  for (const command of plan.commands) {
    console.log(`  ${command.join(' ')}`);
    const run = spawnSync(command[0] ?? 'apt-get', command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`Dat lukte niet (${command.join(' ')} gaf ${run.status}).`);
      process.exit(1);
    }
  }
  console.log(`Geïnstalleerd: ${missing.join(', ')}.`);
}
