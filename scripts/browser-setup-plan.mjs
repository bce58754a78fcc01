// @ts-check
/**
 * What to do about missing test browsers, decided from the facts alone (so it can be tested):
 * nothing missing, install them (root, or sudo without a password), or stop with the one command
 * the person has to run.
 */

/**
 * @param {{ missing: string[], isRoot: boolean, passwordlessSudo: boolean }} facts
 * @returns {{ action: 'none' } | { action: 'install', commands: string[][] } | { action: 'stop', command: string }}
 */
export function browserSetupPlan({ missing, isRoot, passwordlessSudo }) {
  if (missing.length === 0) return { action: 'none' };
  const apt = ['apt-get', 'install', '-y', ...missing];
  if (isRoot) return { action: 'install', commands: [['apt-get', 'update'], apt] };
  if (passwordlessSudo) return { action: 'install', commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', ...apt]] };
  return { action: 'stop', command: `sudo apt-get update && sudo ${apt.join(' ')}` };
}
